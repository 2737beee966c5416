package io.interchange.platform.catalog;

/** How Interchange authenticates to a system. */
public sealed interface Auth {

    /** The scheme's name as the catalog file writes it. */
    String type();

    record None() implements Auth {
        public String type() {
            return "none";
        }
    }

    record Basic(String username, SecretReference password) implements Auth {
        public String type() {
            return "basic";
        }
    }

    record Bearer(SecretReference token) implements Auth {
        public String type() {
            return "bearer";
        }
    }

    record ApiKeyHeader(String header, SecretReference key) implements Auth {
        public String type() {
            return "api-key";
        }
    }

    record OAuth2ClientCredentials(String tokenUrl, String clientId, SecretReference clientSecret, String scope)
            implements Auth {
        public String type() {
            return "oauth2-client-credentials";
        }
    }
}
