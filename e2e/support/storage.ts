import type { Page } from 'playwright-core';

/**
 * Everything the origin keeps in the browser: localStorage, sessionStorage, every IndexedDB
 * database's records and the Cache Storage entries' URLs, as one string to search (A10).
 */
export function dumpBrowserStorage(page: Page): Promise<string> {
  // A string, because the e2e project compiles without DOM types.
  return page.evaluate(`(async () => {
    const parts = [];
    for (const storage of [localStorage, sessionStorage]) {
      for (let i = 0; i < storage.length; i += 1) {
        const key = storage.key(i);
        parts.push(key + '=' + storage.getItem(key));
      }
    }
    const databases = indexedDB.databases ? await indexedDB.databases() : [];
    for (const info of databases) {
      const db = await new Promise((resolve, reject) => {
        const open = indexedDB.open(info.name);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      for (const store of Array.from(db.objectStoreNames)) {
        const all = await new Promise((resolve, reject) => {
          const request = db.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        parts.push(info.name + '/' + store + '=' + JSON.stringify(all));
      }
      db.close();
    }
    if (typeof caches !== 'undefined') {
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        for (const request of await cache.keys()) parts.push('cache ' + name + ' ' + request.url);
      }
    }
    return parts.join('\\n');
  })()`);
}
