import net from 'node:net';

function tryListen(port: number, host: string): Promise<number | undefined> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(undefined));
    server.listen({ port, host, exclusive: true }, () => {
      const address = server.address();
      const chosen = typeof address === 'object' && address ? address.port : undefined;
      server.close(() => resolve(chosen));
    });
  });
}

/** The preferred port if nothing listens on it, otherwise one the kernel reports free. */
export async function pickPort(preferred: number, host = '127.0.0.1'): Promise<number> {
  if (preferred > 0 && (await tryListen(preferred, host)) === preferred) return preferred;
  const any = await tryListen(0, host);
  if (!any) throw new Error('No free TCP port for the embedded PostgreSQL');
  return any;
}
