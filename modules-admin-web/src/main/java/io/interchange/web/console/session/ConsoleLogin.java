package io.interchange.web.console.session;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The login page. Only the pages that web.xml constrains ask for a login; the API, health,
 * metrics, OpenAPI and the public registration pages keep their own rules. A console page asked
 * for without a login answers with the login page in its place (forwarded, so the page's address
 * stays); after the login the person is redirected to the page they asked for.
 */
@CustomFormAuthenticationMechanismDefinition(loginToContinue = @LoginToContinue(
        loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = true))
@Named
@RequestScoped
public class ConsoleLogin {

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    private String name;
    private String password;

    public void login() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        // Session fixation: the session id someone may have planted or seen before the login is not
        // the one that gets logged in. Payara 6.2025.10 also rotates it when the login succeeds
        // (ConsoleIT checks the id changes); this does not depend on that.
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        AuthenticationStatus status = security.authenticate(request,
                (HttpServletResponse) external.getResponse(), AuthenticationParameters.withParams()
                        .newAuthentication(true)
                        .credential(new UsernamePasswordCredential(name, new Password(password == null ? "" : password))));
        password = null;
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS -> external.redirect(external.getRequestContextPath() + "/index.xhtml");
            default -> faces.addMessage("login:password", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "The user name or the password is wrong.", null));
        }
    }

    public void logout() throws IOException {
        ExternalContext external = faces.getExternalContext();
        try {
            ((HttpServletRequest) external.getRequest()).logout();
        } catch (jakarta.servlet.ServletException e) {
            // the session is invalidated below anyway
        }
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml?loggedOut");
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
