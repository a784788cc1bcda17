// Order matters: the stand-in must be on window before the app's first call.
import './install-fake-api';
import '../../../src/renderer/main';
