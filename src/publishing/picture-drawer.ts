/**
 * Draws pictures in separate processes (./draw-picture-process.ts) that are killed when a
 * drawing passes its time or memory limit, so a drawing given up on stops, rather than going on
 * in the background taking the machine's memory while the build moves on.
 *
 * Why a process and how far the memory limit reaches: resvg draws in native code, so a worker
 * thread's resourceLimits (which count only V8's JavaScript heap) would not see a drawing's
 * memory, and terminate() cannot interrupt it. A process is killed outright; its memory is
 * read from the system (/proc, on Linux) while it draws. That reading is a sample every
 * MEMORY_SAMPLE_MS, so a drawing that grabs memory faster can overshoot a little before it is
 * stopped, and where /proc cannot be read only the time limit applies. The real protection is
 * the content check's drawing budget (src/checks/svg-safety.ts), which refuses a logo whose
 * references multiply the drawing before anything draws it; these limits are the last line.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface DrawLimits {
  /** Longest one picture may take to draw, in milliseconds. */
  timeMs: number;
  /** Most memory the drawing process may hold, in megabytes. */
  memoryMb: number;
}

/** Why a drawing was stopped: it took too long, took too much memory, or its process ended on its own. */
export type StopReason = 'time' | 'memory' | 'ended';

export class DrawingStopped extends Error {
  readonly reason: StopReason;
  constructor(reason: StopReason, message: string) {
    super(message);
    this.name = 'DrawingStopped';
    this.reason = reason;
  }
}

export interface DrawJob {
  svg: string;
  width: number;
  fontFiles: string[];
}

export interface PictureDrawer {
  draw(job: DrawJob): Promise<Uint8Array>;
  /** Ends every drawing process (an unfinished drawing is given up). */
  close(): void;
}

const MEMORY_SAMPLE_MS = 100;
const PAGE_BYTES = 4096;

/** The memory a process holds now, in megabytes; undefined where the system does not say. */
function residentMb(pid: number): number | undefined {
  try {
    const pages = Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]);
    return Number.isFinite(pages) ? (pages * PAGE_BYTES) / 1024 / 1024 : undefined;
  } catch {
    return undefined;
  }
}

interface Drawer {
  child: ChildProcess;
  ready: Promise<void>;
}

interface Waiting {
  job: DrawJob;
  resolve: (png: Uint8Array) => void;
  reject: (error: Error) => void;
}

/** Up to `processes` drawing processes, started as pictures need them and kept until close(). */
export function startPictureDrawer(limits: DrawLimits, processes = 2): PictureDrawer {
  const entry = fileURLToPath(new URL('./draw-picture-process.ts', import.meta.url));
  const idle: Drawer[] = [];
  const queue: Waiting[] = [];
  const all = new Set<ChildProcess>();
  let closed = false;
  let nextId = 0;

  const start = (): Drawer => {
    // Node's own flags are not passed on (a test runner's or Vite's loaders have no place here); the heap limit covers the process's JavaScript.
    const child = fork(entry, [], {
      execArgv: [`--max-old-space-size=${Math.max(64, Math.round(limits.memoryMb / 2))}`],
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    all.add(child);
    child.on('exit', () => all.delete(child));
    const ready = new Promise<void>((resolve, reject) => {
      child.once('message', () => resolve());
      // A process that cannot start is the builder's fault, not the picture's: a plain Error, not DrawingStopped.
      child.once('exit', (code) => reject(new Error(`The picture drawing process could not start (exit code ${code}).`)));
    });
    ready.catch(() => undefined);
    return { child, ready };
  };

  const run = async (drawer: Drawer, waiting: Waiting): Promise<void> => {
    const { child } = drawer;
    await drawer.ready;
    const id = (nextId += 1);
    await new Promise<void>((settle) => {
      let sampler: NodeJS.Timeout | undefined;
      let timer: NodeJS.Timeout | undefined;
      const finish = (outcome: () => void) => {
        clearInterval(sampler);
        clearTimeout(timer);
        child.off('message', onMessage);
        child.off('exit', onExit);
        outcome();
        settle();
      };
      const stop = (reason: StopReason, message: string) => {
        // SIGKILL: a process deep in native drawing code does not stop for anything gentler.
        all.delete(child);
        child.kill('SIGKILL');
        finish(() => waiting.reject(new DrawingStopped(reason, message)));
      };
      const onMessage = (message: { id?: number; png?: Uint8Array; error?: string }) => {
        if (message.id !== id) return;
        if (message.error !== undefined) finish(() => waiting.reject(new Error(`The picture could not be drawn: ${message.error}`)));
        else finish(() => waiting.resolve(message.png!));
      };
      const onExit = (code: number | null, signal: string | null) =>
        finish(() =>
          waiting.reject(
            new DrawingStopped('ended', `The picture drawing process ended while drawing (${signal ?? `exit code ${code}`}).`),
          ),
        );
      child.on('message', onMessage);
      child.on('exit', onExit);
      timer = setTimeout(() => stop('time', `The picture took more than ${limits.timeMs} milliseconds to draw.`), limits.timeMs);
      sampler = setInterval(() => {
        const held = residentMb(child.pid!);
        if (held !== undefined && held > limits.memoryMb)
          stop('memory', `The picture took more than ${limits.memoryMb} MB of memory to draw.`);
      }, MEMORY_SAMPLE_MS);
      child.send({ id, ...waiting.job });
    });
  };

  const dispatch = () => {
    while (!closed && queue.length > 0) {
      const usable = idle.filter((drawer) => all.has(drawer.child));
      idle.length = 0;
      idle.push(...usable);
      const busy = all.size - idle.length;
      const drawer = idle.pop() ?? (busy < processes ? start() : undefined);
      if (!drawer) return;
      const waiting = queue.shift()!;
      void run(drawer, waiting)
        .catch((error: unknown) => waiting.reject(error instanceof Error ? error : new Error(String(error))))
        .finally(() => {
          if (all.has(drawer.child) && !closed) idle.push(drawer);
          dispatch();
        });
    }
  };

  return {
    draw: (job) =>
      new Promise<Uint8Array>((resolve, reject) => {
        if (closed) return reject(new Error('The picture drawer was closed.'));
        queue.push({ job, resolve, reject });
        dispatch();
      }),
    close: () => {
      closed = true;
      for (const child of all) child.kill('SIGKILL');
      for (const waiting of queue.splice(0)) waiting.reject(new Error('The picture drawer was closed.'));
    },
  };
}
