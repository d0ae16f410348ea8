import { describe, expect, it, vi } from 'vitest';
import { offerUpdates, type RegisterSW } from './updateOffer';

/** A stand-in for vite-plugin-pwa's registerSW: the test plays the service worker's part. */
function fakeWorker() {
  let options: Parameters<RegisterSW>[0] = {};
  const skipWaiting = vi.fn(async () => {});
  const register: RegisterSW = (given) => {
    options = given;
    return skipWaiting;
  };
  return {
    register,
    skipWaiting,
    newVersionWaiting: () => options.onNeedRefresh?.(),
    newVersionTookOver: () => options.onNeedReload?.(),
    failed: (error: unknown) => options.onRegisterError?.(error),
  };
}

function page() {
  const offers: (() => void)[] = [];
  return {
    offers,
    port: { offer: (accept: () => void) => offers.push(accept), reload: vi.fn(), warn: vi.fn() },
  };
}

describe('offering a new version of the game', () => {
  it('shows the offer when a new version waits, and neither reloads nor lets it in by itself', () => {
    const worker = fakeWorker();
    const { offers, port } = page();
    offerUpdates(worker.register, port);
    expect(offers).toHaveLength(0);
    worker.newVersionWaiting();
    expect(offers).toHaveLength(1);
    expect(worker.skipWaiting).not.toHaveBeenCalled();
    expect(port.reload).not.toHaveBeenCalled();
  });

  it('lets the new version in when the player accepts, and reloads once it has taken over', () => {
    const worker = fakeWorker();
    const { offers, port } = page();
    offerUpdates(worker.register, port);
    worker.newVersionWaiting();
    offers[0]!();
    offers[0]!();
    expect(worker.skipWaiting).toHaveBeenCalledTimes(1);
    // Not before the new version is in charge: the page would load the old one again.
    expect(port.reload).not.toHaveBeenCalled();
    worker.newVersionTookOver();
    expect(port.reload).toHaveBeenCalledTimes(1);
  });

  it('does not reload a page whose player did not accept, when another tab let the new version in', () => {
    const worker = fakeWorker();
    const { offers, port } = page();
    offerUpdates(worker.register, port);
    worker.newVersionWaiting();
    worker.newVersionTookOver();
    expect(port.reload).not.toHaveBeenCalled();
    // The offer still stands here, and accepting it now reloads at once (nothing is waiting any more).
    offers[0]!();
    expect(port.reload).toHaveBeenCalledTimes(1);
    expect(worker.skipWaiting).not.toHaveBeenCalled();
  });

  it('warns, and the game goes on, when the worker cannot be registered', () => {
    const worker = fakeWorker();
    const { offers, port } = page();
    offerUpdates(worker.register, port);
    worker.failed(new Error('blocked'));
    expect(port.warn).toHaveBeenCalledWith('The game could not be kept for offline play.', expect.any(Error));
    expect(offers).toHaveLength(0);
  });
});
