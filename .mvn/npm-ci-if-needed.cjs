// Runs `npm ci` only when node_modules does not hold exactly what package-lock.json pins, so that a build
// with unchanged front-end packages does not delete and reinstall them (about 4 s on every start).
// npm's own record of what it installed is node_modules/.package-lock.json.
const fs = require('fs');
const { execFileSync } = require('child_process');

function packages(file) {
	try {
		return JSON.parse(fs.readFileSync(file, 'utf8')).packages || {};
	} catch (e) {
		return null;
	}
}

const wanted = packages('package-lock.json');
const installed = packages('node_modules/.package-lock.json');
const same = wanted && installed
	&& Object.entries(wanted).every(([name, p]) => name === '' || p.optional
		|| (installed[name] && installed[name].version === p.version && installed[name].integrity === p.integrity))
	&& Object.entries(installed).every(([name, p]) => wanted[name] && wanted[name].version === p.version);

if (same) {
	console.log('Front-end packages are up to date with package-lock.json.');
} else {
	const npm = process.argv[2] || 'npm';
	execFileSync(npm, ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { stdio: 'inherit', shell: process.platform === 'win32' });
}
