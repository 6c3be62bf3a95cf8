/**
 * Work that can wait for an idle moment of the main thread, run one job per idle slot so that no
 * two jobs (e.g. mounting two views) share one long task and input stays responsive in between.
 */
type Job = () => void;

const queue: Job[] = [];
/** Jobs that wait until `queue` is empty (prefetching). */
const low: Job[] = [];
let scheduled = false;

const requestIdle: (cb: () => void) => void =
  typeof window !== 'undefined' && 'requestIdleCallback' in window
    ? (cb) => window.requestIdleCallback(cb, { timeout: 2000 })
    : (cb) => setTimeout(cb, 50);

function pump(): void {
  scheduled = false;
  const job = queue.shift() ?? low.shift();
  try {
    job?.();
  } finally {
    // a job that throws must not stall the jobs after it (its error still reaches the console)
    if (queue.length || low.length) schedule();
  }
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  requestIdle(pump);
}

/**
 * Run `job` in a later idle slot, after the jobs queued before it; `low` jobs run only when no other
 * job waits. Returns a function that cancels the job if it has not run yet.
 */
export function whenIdle(job: Job, priority: 'normal' | 'low' = 'normal'): () => void {
  const q = priority === 'low' ? low : queue;
  q.push(job);
  schedule();
  return () => {
    const i = q.indexOf(job);
    if (i >= 0) q.splice(i, 1);
  };
}
