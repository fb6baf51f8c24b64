// A small SMTP server for the browser tests: the portal sends its mail here over a real
// SMTP conversation, and each accepted message is written to a folder the tests read.
import * as net from 'net';
import * as fs from 'fs';
import * as path from 'path';

export const SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? 3125);
export const SMTP_DIR = process.env.E2E_SMTP_DIR ?? '/tmp/opstap-e2e-smtp';

export function startSink(): net.Server {
  fs.rmSync(SMTP_DIR, { recursive: true, force: true });
  fs.mkdirSync(SMTP_DIR, { recursive: true });
  let count = 0;
  const server = net.createServer((socket) => {
    let buffer = '';
    let data: string[] | null = null;
    socket.write('220 sink.test ESMTP\r\n');
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      let index: number;
      while ((index = buffer.indexOf('\r\n')) >= 0) {
        const line = buffer.slice(0, index);
        buffer = buffer.slice(index + 2);
        if (data) {
          if (line === '.') {
            count += 1;
            fs.writeFileSync(path.join(SMTP_DIR, `${String(count).padStart(4, '0')}.eml`), data.join('\n'));
            data = null;
            socket.write('250 OK queued\r\n');
          } else {
            data.push(line.startsWith('.') ? line.slice(1) : line);
          }
          continue;
        }
        const verb = line.split(' ')[0].toUpperCase();
        if (verb === 'EHLO' || verb === 'HELO') socket.write('250-sink.test\r\n250 8BITMIME\r\n');
        else if (verb === 'DATA') {
          data = [];
          socket.write('354 go ahead\r\n');
        } else if (verb === 'QUIT') {
          socket.end('221 bye\r\n');
        } else socket.write('250 OK\r\n');
      }
    });
    socket.on('error', () => undefined);
  });
  server.listen(SMTP_PORT, '127.0.0.1');
  return server;
}
