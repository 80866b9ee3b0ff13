//! Memory that stays flat while views are re-rendered (issue: memory growing with use).
//!
//! Leptos renders every reactive part of a view (`move || …`, a reactive attribute) as a
//! render effect subscribed to the signals and memos it reads. A re-render drops the old
//! effects without unsubscribing them; reactive_graph 0.2.16 kept each one's weak
//! reference, and so its allocation, in every long-lived signal it had read: about
//! 10 KB of the wasm's memory per filter click, never given back. `vendor/reactive_graph`
//! prunes them (its PATCH.md). This drives the same reactive system natively, with a
//! counting allocator, and fails without that fix.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::RefCell;
use std::sync::atomic::{AtomicIsize, Ordering::Relaxed};

use any_spawner::{CustomExecutor, Executor, PinnedFuture, PinnedLocalFuture};
use futures::executor::{LocalPool, LocalSpawner};
use futures::task::LocalSpawnExt;
use reactive_graph::effect::RenderEffect;
use reactive_graph::owner::Owner;
use reactive_graph::signal::RwSignal;
use reactive_graph::traits::{Get, Update};

/// The bytes allocated and not yet freed, by this test binary.
static LIVE: AtomicIsize = AtomicIsize::new(0);

struct Counting;

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        LIVE.fetch_add(layout.size() as isize, Relaxed);
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size() as isize, Relaxed);
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, size: usize) -> *mut u8 {
        LIVE.fetch_add(size as isize - layout.size() as isize, Relaxed);
        unsafe { System.realloc(ptr, layout, size) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

thread_local! {
    static POOL: RefCell<LocalPool> = RefCell::new(LocalPool::new());
    static SPAWNER: LocalSpawner = POOL.with(|pool| pool.borrow().spawner());
}

/// The browser's event loop, as a pool run until nothing is left to do.
struct EventLoop;

impl CustomExecutor for EventLoop {
    fn spawn(&self, task: PinnedFuture<()>) {
        SPAWNER.with(|spawner| spawner.spawn_local(task).unwrap());
    }

    fn spawn_local(&self, task: PinnedLocalFuture<()>) {
        SPAWNER.with(|spawner| spawner.spawn_local(task).unwrap());
    }

    fn poll_local(&self) {
        POOL.with(|pool| pool.borrow_mut().run_until_stalled());
    }
}

#[test]
fn re_rendered_views_give_back_their_memory() {
    Executor::init_local_custom_executor(EventLoop).unwrap();
    let owner = Owner::new();
    owner.set();
    // The app's long-lived state (the view, the results…), and a list that is rendered
    // again whenever it changes, each of its items reading the state too (a card's link
    // and texts), as `CommitmentResults` does.
    let view = RwSignal::new(0u32);
    let _list = RenderEffect::new(move |previous: Option<Vec<RenderEffect<()>>>| {
        drop(previous);
        view.get();
        (0..10)
            .map(|_| RenderEffect::new(move |_| _ = view.get()))
            .collect::<Vec<_>>()
    });
    let moves = |count: u32| {
        for _ in 0..count {
            view.update(|n| *n += 1);
            Executor::poll_local();
        }
        LIVE.load(Relaxed)
    };
    let warmed_up = moves(200);
    let after = moves(2000);
    // Without the fix: about 160 bytes per item and move here, over 3 MB.
    let growth = after - warmed_up;
    assert!(
        growth < 16 * 1024,
        "the heap grew by {growth} bytes over 2,000 re-renders"
    );
}
