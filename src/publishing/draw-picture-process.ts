/**
 * One process that draws SVG pictures to PNG with resvg, started by ./picture-drawer.ts. It
 * is a process rather than a thread so that a drawing can be stopped: resvg draws in native
 * code, which neither a promise race nor a worker thread's terminate() can interrupt, while a
 * process can always be killed. Says { ready } once resvg is loaded, then answers each
 * { id, svg, width, fontFiles } with { id, png } or { id, error }.
 */
import { Resvg } from '@resvg/resvg-js';

interface Job {
  id: number;
  svg: string;
  width: number;
  fontFiles: string[];
}

process.on('message', (job: Job) => {
  try {
    const png = new Resvg(job.svg, {
      fitTo: { mode: 'width', value: job.width },
      font: { loadSystemFonts: job.fontFiles.length === 0, fontFiles: job.fontFiles, defaultFontFamily: 'Liberation Sans' },
    })
      .render()
      .asPng();
    process.send!({ id: job.id, png });
  } catch (error) {
    process.send!({ id: job.id, error: error instanceof Error ? error.message : String(error) });
  }
});
// Parent gone (a build stopped): nothing is left to draw for.
process.on('disconnect', () => process.exit(0));
process.send!({ ready: true });
