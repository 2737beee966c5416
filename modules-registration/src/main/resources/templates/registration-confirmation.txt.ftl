Dear ${registration.firstName()} ${registration.lastName()},

thank you for registering for ${registration.eventName()}.

  Registration number: ${registration.registrationId()}
  Event:               ${registration.eventName()}, ${registration.eventDate()}
  Venue:               ${registration.venue()}
  Ticket:              ${registration.ticketName()}
  Paid:                ${registration.currency()} ${registration.amount()}

Billed to:
  ${registration.billingName()}
  ${registration.street()}
  ${registration.postalCode()} ${registration.city()}, ${registration.country()}

Please keep this email; the registration number is your ticket at the door.

See you there,
the events team
