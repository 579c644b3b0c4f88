/** Registers the widget elements `<dvc-form>` creates (importing a widget defines its element). */
import '../components/checkbox-field/checkbox-field.js';
import '../components/checkbox-group-field/checkbox-group-field.js';
import '../components/date-field/date-field.js';
import '../components/date-time-field/date-time-field.js';
import '../components/email-field/email-field.js';
import '../components/money-field/money-field.js';
import '../components/number-field/number-field.js';
import '../components/personal-id-field/personal-id-field.js';
import '../components/phone-field/phone-field.js';
import '../components/radio-field/radio-field.js';
import '../components/select-field/select-field.js';
import '../components/tax-code-field/tax-code-field.js';
import '../components/text-field/text-field.js';
import '../components/textarea-field/textarea-field.js';
