import { startCouchServer, type CouchServer } from './couch-server';
import { startFaultProxy, type FaultProxy } from './fault-proxy';
import { createDevice, type Device } from './sync-device';

export const DATABASE = 'ripoti-kilifi';

/** A county server behind a fault proxy, and two officers' laptops that reach it through the proxy. */
export interface SyncWorld {
  readonly server: CouchServer;
  readonly proxy: FaultProxy;
  readonly amina: Device;
  readonly baraka: Device;
  readonly url: string;
  close(): Promise<void>;
}

export async function startSyncWorld(): Promise<SyncWorld> {
  const server = await startCouchServer();
  await server.addUser('amina', 'amina-pass', [DATABASE]);
  await server.addUser('baraka', 'baraka-pass', [DATABASE]);
  await server.addUser('outsider', 'outsider-pass', ['ripoti-garissa']);
  await server.addUser('national', 'national-pass', ['ripoti-national']);
  await server.createCountyDatabase(DATABASE);
  const proxy = await startFaultProxy(server.origin);
  const url = `${proxy.origin}/${DATABASE}`;
  const amina = await createDevice(url, 'amina', 'amina-pass');
  const baraka = await createDevice(url, 'baraka', 'baraka-pass');
  return {
    server,
    proxy,
    amina,
    baraka,
    url,
    async close() {
      await Promise.all([amina.dispose(), baraka.dispose()]);
      await proxy.close();
      await server.close();
    },
  };
}
