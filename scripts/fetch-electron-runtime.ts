// postinstall: fetch the desktop runtime while a connection may be there,
// and carry on without it when it is not. `npm install` never fails here.
import { fetchElectronBinary, findElectronBinary } from './electron-runtime.ts';

if (!findElectronBinary() && !fetchElectronBinary()) {
  console.log(
    'Electron desktop runtime not downloaded (no connection to its server): "npm start" will try again; "npm run web" works without it.',
  );
}
