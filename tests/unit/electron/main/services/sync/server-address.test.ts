import { describe, expect, it } from 'vitest';
import { parseServerAddress } from '../../../../../../electron/main/services/sync/server-address';

describe('the sync server address', () => {
  it('splits the server from the county database', () => {
    expect(parseServerAddress('https://couch.kilifi.go.ke/ripoti-kilifi')).toEqual({ origin: 'https://couch.kilifi.go.ke', database: 'ripoti-kilifi' });
    expect(parseServerAddress(' http://127.0.0.1:5984/ripoti-garissa/ ')).toEqual({ origin: 'http://127.0.0.1:5984', database: 'ripoti-garissa' });
  });

  it('requires TLS except on this computer', () => {
    expect(() => parseServerAddress('http://couch.kilifi.go.ke/ripoti-kilifi')).toThrow(/https:\/\//);
    expect(parseServerAddress('http://localhost:5984/ripoti-kilifi').origin).toBe('http://localhost:5984');
  });

  it('rejects addresses without a database, with a password inside, or not web addresses', () => {
    expect(() => parseServerAddress('https://couch.kilifi.go.ke/')).toThrow(/county database/);
    expect(() => parseServerAddress('https://amina:pw@couch.kilifi.go.ke/ripoti-kilifi')).toThrow(/user name/);
    expect(() => parseServerAddress('couch kilifi')).toThrow(/not a web address/);
  });
});
