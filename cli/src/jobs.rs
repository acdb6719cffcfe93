//! `--jobs N` (CONFORMANCE.md §l): batches of chunks are processed on N
//! threads while this thread reads the next ones, and their results are
//! handed back in input order.

use std::collections::VecDeque;
use std::io::{self, Read};
use std::sync::{mpsc, Mutex};

use crate::cut::Cutter;
use crate::input::{for_each_batch, OwnedChunk, ReadOptions};
use crate::report::Failure;

/// Batches in work or waiting per thread: enough that a thread seldom waits
/// for another on a busy machine.
pub const IN_FLIGHT: usize = 2;

/// The most worker threads `--jobs` starts: more would only add batches in
/// flight (memory) and threads the system may refuse to start.
pub const MAX_JOBS: usize = 64;

/// Results held in input order until the ones before them are in.
struct InOrder<T> {
    /// The results of batches `next..`, `None` while a batch is in work.
    ready: VecDeque<Option<T>>,
    /// The number of the next batch to hand back.
    next: u64,
}

impl<T> InOrder<T> {
    /// Records the result of batch `i`, then hands every result now in order
    /// to `done`.
    fn put(
        &mut self,
        (i, result): (u64, T),
        done: &mut impl FnMut(T) -> Result<(), Failure>,
    ) -> Result<(), Failure> {
        // Batches are numbered from `next` on, so `i >= next`.
        let slot = usize::try_from(i - self.next).unwrap_or(usize::MAX);
        if self.ready.len() <= slot {
            self.ready.resize_with(slot + 1, || None);
        }
        self.ready[slot] = Some(result);
        while let Some(Some(_)) = self.ready.front() {
            if let Some(Some(result)) = self.ready.pop_front() {
                self.next += 1;
                done(result)?;
            }
        }
        Ok(())
    }
}

/// Reads `reader` in batches of chunks ([`for_each_batch`]), turns each batch
/// into a job with `prepare` on this thread, runs `work` on the jobs on
/// `jobs` threads (at most [`MAX_JOBS`]; fewer when the system refuses to
/// start more, none when it starts none: the work is then done on this
/// thread), and hands the results to `done` on this thread, in input
/// order. At most `per_thread` batches per thread (usually [`IN_FLIGHT`]) are
/// in work or waiting at a time, so memory stays bounded.
pub fn in_order<R: Read, J: Send, T: Send>(
    reader: R,
    (options, cutter, jobs, per_thread): (ReadOptions, &dyn Cutter, usize, usize),
    mut prepare: impl FnMut(Vec<OwnedChunk>) -> Result<J, Failure>,
    work: impl Fn(J) -> T + Sync,
    mut done: impl FnMut(T) -> Result<(), Failure>,
) -> Result<(), Failure> {
    let stopped = || Failure::Output(io::Error::other("a worker thread stopped"));
    let jobs = jobs.clamp(1, MAX_JOBS);
    let (to_workers, batches) = mpsc::sync_channel::<(u64, J)>((per_thread * jobs).max(1));
    let batches = Mutex::new(batches);
    let (to_main, results) = mpsc::channel();
    std::thread::scope(|scope| {
        // A thread the system refuses to start (too many threads, no memory
        // for its stack) is done without: the output does not depend on
        // the number of threads.
        let mut started = 0;
        for _ in 0..jobs {
            let (to_main, batches, work) = (to_main.clone(), &batches, &work);
            let spawned = std::thread::Builder::new().spawn_scoped(scope, move || loop {
                let next = match batches.lock() {
                    Ok(batches) => batches.recv(),
                    Err(_) => return,
                };
                let Ok((i, batch)) = next else {
                    return;
                };
                if to_main.send((i, work(batch))).is_err() {
                    return;
                }
            });
            match spawned {
                Ok(_) => started += 1,
                Err(_) => break,
            }
        }
        drop(to_main);
        if started == 0 {
            // No worker at all: this thread does the work.
            drop(to_workers);
            return for_each_batch(reader, options, cutter, |batch| done(work(prepare(batch)?)));
        }
        let in_flight = (per_thread * started).max(1);
        let mut order = InOrder {
            ready: VecDeque::new(),
            next: 0,
        };
        let mut sent = 0u64;
        let read = for_each_batch(reader, options, cutter, |batch| {
            while sent - order.next >= in_flight as u64 {
                let result = results.recv().map_err(|_| stopped())?;
                order.put(result, &mut done)?;
            }
            to_workers
                .send((sent, prepare(batch)?))
                .map_err(|_| stopped())?;
            sent += 1;
            while let Ok(result) = results.try_recv() {
                order.put(result, &mut done)?;
            }
            Ok(())
        });
        drop(to_workers);
        if let Err(Failure::Output(e)) = read {
            return Err(Failure::Output(e));
        }
        // Everything read before an input error goes out first.
        for result in results {
            order.put(result, &mut done)?;
        }
        if order.next < sent {
            return Err(stopped());
        }
        read
    })
}
