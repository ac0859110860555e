import { spawn } from 'node:child_process';
import { once } from 'node:events';

/**
 * An address on 127.0.0.1 that takes no connection and refuses none: a listening socket whose
 * backlog is full and never accepted, so the kernel drops every new SYN, exactly as a server
 * behind a dead link or a firewall that drops packets looks from the laptop. (A closed port
 * refuses at once instead.) Python holds the socket because Node accepts connections itself.
 */
export async function startBlackhole(): Promise<{ readonly origin: string; close(): void }> {
  const script = [
    'import socket, sys, time',
    "s = socket.socket(); s.bind(('127.0.0.1', 0)); s.listen(0)",
    'port = s.getsockname()[1]',
    'held = []',
    'for i in range(4):',
    '    c = socket.socket(); c.setblocking(False)',
    '    try: c.connect(("127.0.0.1", port))',
    '    except BlockingIOError: pass',
    '    held.append(c)',
    'time.sleep(0.3)',
    'print(port, flush=True)',
    'time.sleep(600)',
  ].join('\n');
  const child = spawn('python3', ['-c', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  const [line] = (await once(child.stdout, 'data')) as [Buffer];
  return { origin: `http://127.0.0.1:${line.toString().trim()}`, close: () => child.kill() };
}
