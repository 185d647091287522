// The baseline for the AMI parse benchmark: Node's asterisk-ami-events-stream on the same
// bytes, fed in the same 64 KiB pieces a socket would deliver. Prints one JSON line:
// {"messages": N, "seconds": [run, ...]}.
'use strict';
const fs = require('fs');
const path = require('path');
const AmiEventsStream = require(path.join(process.argv[2], 'node_modules', 'asterisk-ami-events-stream'));
const bytes = fs.readFileSync(process.argv[3]);
const runs = Number(process.argv[4] || 5);
const piece = 64 * 1024;
const seconds = [];
let messages = 0;
for (let r = 0; r < runs; ++r) {
    const stream = new AmiEventsStream();
    let count = 0;
    stream.on('amiEvent', () => ++count);
    stream.on('amiResponse', () => ++count);
    stream.on('data', () => {}); // drain the readable side, as a consumer would
    const start = process.hrtime.bigint();
    for (let at = 0; at < bytes.length; at += piece)
        stream.write(bytes.subarray(at, Math.min(at + piece, bytes.length)));
    seconds.push(Number(process.hrtime.bigint() - start) / 1e9);
    messages = count;
}
process.stdout.write(JSON.stringify({messages, seconds}) + '\n');
