import { beforeEach } from 'vitest';

/**
 * Many tests run the command with spawnSync, which blocks the test worker. A file of such tests
 * in a row never lets the worker's event loop turn, so the runner's answers to the worker wait
 * unread, and on a busy machine the worker gives up on them after 60 s ("Timeout calling
 * onTaskUpdate"). One turn of the event loop before each test lets them be read.
 */
beforeEach(() => new Promise<void>((resolve) => setImmediate(resolve)));
