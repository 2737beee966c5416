Your registration ${registration.registrationId()} for ${registration.eventName()}
