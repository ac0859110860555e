import { describe, expect, it } from 'vitest';
import { databasePath, parseServerAddress, serverUrl } from '@/electron/main/services/sync/server-address';

describe('the sync server address', () => {
  it('splits the server from the county database', () => {
    expect(parseServerAddress('https://couch.kilifi.go.ke/ripoti-kilifi')).toEqual({
      origin: 'https://couch.kilifi.go.ke',
      basePath: '',
      database: 'ripoti-kilifi',
    });
    expect(parseServerAddress(' http://127.0.0.1:5984/ripoti-garissa/ ')).toEqual({
      origin: 'http://127.0.0.1:5984',
      basePath: '',
      database: 'ripoti-garissa',
    });
  });

  it('keeps a path prefix before the database (CouchDB served under a path by a reverse proxy)', () => {
    const address = parseServerAddress('https://data.kilifi.go.ke/couchdb/ripoti-kilifi');
    expect(address).toEqual({ origin: 'https://data.kilifi.go.ke', basePath: '/couchdb', database: 'ripoti-kilifi' });
    expect(serverUrl(address, '/_session').href).toBe('https://data.kilifi.go.ke/couchdb/_session');
    expect(serverUrl(address, databasePath(address, '/_changes')).href).toBe(
      'https://data.kilifi.go.ke/couchdb/ripoti-kilifi/_changes',
    );
    expect(parseServerAddress('https://h/a/b/counties%2Fkilifi')).toEqual({
      origin: 'https://h',
      basePath: '/a/b',
      database: 'counties/kilifi',
    });
  });

  it('requires TLS except on this computer', () => {
    expect(() => parseServerAddress('http://couch.kilifi.go.ke/ripoti-kilifi')).toThrow(/https:\/\//);
    expect(parseServerAddress('http://localhost:5984/ripoti-kilifi').origin).toBe('http://localhost:5984');
    expect(() => parseServerAddress('http://localhost.example.com/ripoti-kilifi')).toThrow(/https:\/\//);
  });

  it('rejects addresses without a database, with a password inside, or not web addresses', () => {
    expect(() => parseServerAddress('https://couch.kilifi.go.ke/')).toThrow(/county database/);
    expect(() => parseServerAddress('https://amina:pw@couch.kilifi.go.ke/ripoti-kilifi')).toThrow(/user name/);
    expect(() => parseServerAddress('https://couch.kilifi.go.ke/ripoti-kilifi?x=1')).toThrow(/county database/);
    expect(() => parseServerAddress('couch kilifi')).toThrow(/not a web address/);
  });
});
