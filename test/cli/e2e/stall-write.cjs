// Loaded with `node --require` in a test: the first large write of a file stops half-way, leaves
// a marker file, and hangs, so that the test can kill the process in the middle of a write.
const fs = require('node:fs');

const marker = process.env.TCNS_TEST_STALL_MARKER;
const write = fs.write;
fs.write = function stallingWrite(fd, data, ...rest) {
  const size = typeof data === 'string' ? data.length : data.byteLength;
  if (marker && size > 10_000) {
    const half = typeof data === 'string' ? data.slice(0, size >> 1) : data.subarray(0, size >> 1);
    fs.writeSync(fd, half);
    fs.fsyncSync(fd);
    fs.writeFileSync(marker, 'stalled');
    setInterval(() => {}, 1000);
    return;
  }
  return write.call(this, fd, data, ...rest);
};
