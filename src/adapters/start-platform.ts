import type { PlatformDescriptor } from './descriptor.js';
import type { PlatformDeps, ServedPlatform } from './platform-deps.js';

/**
 * Builds a platform from its descriptor, handing the adapter the markup and limits the descriptor
 * declares: the declaration is the one place they are written, and the one the adapter uses.
 */
export function startPlatform<Settings>(
  descriptor: Pick<PlatformDescriptor, 'markup' | 'limits'> & { start(deps: PlatformDeps<Settings>): Promise<ServedPlatform> },
  deps: Omit<PlatformDeps<Settings>, 'markup' | 'limits'>,
): Promise<ServedPlatform> {
  return descriptor.start({ ...deps, markup: descriptor.markup, limits: descriptor.limits });
}
