// nock 15 intercepts sockets through @mswjs/interceptors, which calls Promise.withResolvers (Node 22+).
// On Node 20 every loopback connection made while nock is active would throw without it. Tests only:
// the bot itself never needs it.
interface Resolvers<T> {
  promise: Promise<T>;
  resolve: (value: T | PromiseLike<T>) => void;
  reject: (reason?: unknown) => void;
}
const promise = Promise as PromiseConstructor & { withResolvers?: <T>() => Resolvers<T> };
if (typeof promise.withResolvers !== 'function') {
  promise.withResolvers = <T>(): Resolvers<T> => {
    let resolve!: Resolvers<T>['resolve'];
    let reject!: Resolvers<T>['reject'];
    const created = new Promise<T>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise: created, resolve, reject };
  };
}
export {};
