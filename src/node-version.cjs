// Run before the bot by `npm start` and `npm run start:prod` (the build copies it to dist/): on
// a Node.js older than package.json's engines, the bot failed somewhere inside, or node refused
// `--import`, without saying that the version was the cause. Plain old JavaScript (CommonJS, no
// syntax after ES2019) on purpose: it must parse on the old Node it is there to turn away.
'use strict';

var NEEDED_MAJOR = 20;
var NEEDED_MINOR = 19;

/** The line to print for `version` (as in process.versions.node), or null when it is new enough. */
function refusal(version) {
  var parts = String(version).split('.');
  var major = Number(parts[0]);
  var minor = Number(parts[1]);
  if (major > NEEDED_MAJOR || (major === NEEDED_MAJOR && minor >= NEEDED_MINOR)) return null;
  return 'leerlijn-bot needs Node.js ' + NEEDED_MAJOR + '.' + NEEDED_MINOR + ' or later; this is ' + version;
}

module.exports = { refusal: refusal };

if (require.main === module) {
  var line = refusal(process.versions.node);
  if (line) {
    process.stderr.write(line + '\n');
    // 78 (EX_CONFIG), as for any other setting the operator must fix; a service manager does not restart it.
    process.exit(78);
  }
}
