import { discordDescriptor } from './discord/descriptor.js';
import type { PlatformDescriptor } from './descriptor.js';
import { slackDescriptor } from './slack/descriptor.js';

/**
 * Every chat platform archbot can serve. Adding one is a folder with a descriptor, listed here;
 * descriptors import no SDK, so this list costs nothing until a platform is started.
 * (The terminal is not here: it is the fallback when none is configured, run by `archbot` itself.)
 */
export const PLATFORMS = [slackDescriptor, discordDescriptor] as const;

export const platformDescriptors: readonly PlatformDescriptor[] = PLATFORMS;
