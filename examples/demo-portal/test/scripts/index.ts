/** The typing scripts of the six reference procedures, in the order the tests file them. */
import { birthRegistration } from './birth-registration.js';
import { deathRegistration } from './death-registration.js';
import { householdBusinessRegistration } from './household-business-registration.js';
import { judicialRecordCertificate } from './judicial-record-certificate.js';
import { marriageRegistration } from './marriage-registration.js';
import { permanentResidenceRegistration } from './permanent-residence-registration.js';

export { searches } from './searches.js';
export {
  birthRegistration,
  deathRegistration,
  householdBusinessRegistration,
  judicialRecordCertificate,
  marriageRegistration,
  permanentResidenceRegistration,
};
