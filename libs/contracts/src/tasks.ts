/** A task's life: open until someone completes or cancels it. */
export type TaskStatus = 'open' | 'done' | 'cancelled';
