// Preloaded with --require (through NODE_OPTIONS, so every node that npm starts gets it): this
// process says it is the Node.js version in LEERLIJN_FAKE_NODE_VERSION, for the test of what an
// older Node than package.json's engines is told.
'use strict';
var fake = process.env.LEERLIJN_FAKE_NODE_VERSION;
if (fake) {
  Object.defineProperty(process, 'versions', { value: Object.assign({}, process.versions, { node: fake }) });
  Object.defineProperty(process, 'version', { value: 'v' + fake });
}
