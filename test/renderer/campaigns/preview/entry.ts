// Order matters: the stand-in must be on window before the app's first call.
import './install';
import '../../../../src/renderer/main';
