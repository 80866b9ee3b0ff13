use std::time::Duration;

use leptos::ev;
use leptos::prelude::*;

use super::AxisBadge;
use crate::browser::history::{can_go_forward, forward, hold_kiosk};
use crate::browser::{
    clear_page_for_next_visitor, focus_when_shown, follow_visible_area, load_afresh, pinch_zoomed,
};
use crate::context::{kiosk_ui, lang, plan, router, ui, update};
use plan_levis_core::kiosk::{IdleClock, IdlePhase, KioskConfig};

/// How long each priority stays on the attract screen.
const SLIDE: Duration = Duration::from_secs(7);

fn now() -> f64 {
    js_sys::Date::now()
}

/// Kiosk mode around the app: an attract screen while nobody uses it, a warning
/// after inactivity, then a reset that leaves nothing of the previous visitor. New
/// versions of the app are looked for after each visitor and every `update_minutes`,
/// and taken while the attract screen shows.
#[component]
pub fn KioskShell(config: KioskConfig, children: ChildrenFn) -> impl IntoView {
    let router = router();
    let update = update();
    // Bumped on every reset: the whole page is rebuilt, dropping all local state.
    let generation = RwSignal::new(0u32);
    let attract = RwSignal::new(true);
    let phase = RwSignal::new(IdlePhase::Active);
    let clock = StoredValue::new(IdleClock::new(config, now()));

    if let Some(root) = document().document_element() {
        let _ = root.class_list().add_1("kiosk");
    }
    hold_kiosk(false);

    let reset = move || {
        router.reset();
        clear_page_for_next_visitor();
        generation.update(|g| *g += 1);
        phase.set(IdlePhase::Active);
        attract.set(true);
        if pinch_zoomed() && !update.is_ready() {
            // Only a new page comes back to the normal size (a new version waiting
            // brings one: below).
            load_afresh();
        } else {
            update.look_for_one();
        }
    };
    // Between two visitors, a new version is taken (the page is loaded afresh at the
    // kiosk's address, which the reset has cleared).
    Effect::new(move |_| {
        if attract.get() && update.is_ready() {
            update.apply();
        }
    });

    // Any touch, key, wheel or scroll is activity (also an answer to the warning).
    let on_activity = move |_| {
        if !attract.get_untracked() {
            clock.update_value(|c| c.activity(now()));
            if phase.get_untracked() != IdlePhase::Active {
                phase.set(IdlePhase::Active);
            }
        }
    };
    let listeners = [
        window_event_listener_untyped("pointerdown", on_activity),
        window_event_listener_untyped("keydown", on_activity),
        window_event_listener_untyped("wheel", on_activity),
        window_event_listener_untyped("scroll", on_activity),
        // A kiosk page the browser kept and shows again on Back (its back-forward
        // cache) goes forward to the kiosk's newest page.
        window_event_listener_untyped("pageshow", |event| {
            let kept = js_sys::Reflect::get(&event, &"persisted".into());
            if kept.is_ok_and(|kept| kept.is_truthy()) && can_go_forward() {
                forward();
            }
        }),
    ];
    let update_check = set_interval_with_handle(
        move || update.look_for_one(),
        Duration::from_secs(u64::from(config.update_minutes) * 60),
    )
    .ok();
    let tick = set_interval_with_handle(
        move || {
            if attract.get_untracked() {
                return;
            }
            match clock.with_value(|c| c.phase(now())) {
                IdlePhase::Expired => reset(),
                other => {
                    if phase.get_untracked() != other {
                        phase.set(other);
                    }
                }
            }
        },
        Duration::from_millis(250),
    )
    .ok();
    on_cleanup(move || {
        for l in listeners {
            l.remove();
        }
        for timer in [tick, update_check].into_iter().flatten() {
            timer.clear();
        }
    });

    let start = move || {
        hold_kiosk(true);
        attract.set(false);
        clock.update_value(|c| c.activity(now()));
        phase.set(IdlePhase::Active);
    };
    let keep_going = move || {
        clock.update_value(|c| c.activity(now()));
        phase.set(IdlePhase::Active);
    };

    view! {
        {move || {
            generation.track();
            children()
        }}
        {phone_qr()}
        {move || attract.get().then(|| view! { <AttractScreen on_start=Callback::new(move |_| start())/> })}
        {move || match phase.get() {
            IdlePhase::Warning { seconds_left } if !attract.get() => Some(view! {
                <IdleWarning seconds_left=seconds_left on_continue=Callback::new(move |_| keep_going())/>
            }),
            _ => None,
        }}
    }
}

/// Shown when nobody is using the kiosk: the collective priorities, one after another.
#[component]
fn AttractScreen(on_start: Callback<()>) -> impl IntoView {
    let plan = plan();
    let t = ui();
    let k = kiosk_ui();
    let slide = RwSignal::new(0usize);
    let count = plan.priorities.items.len();
    let timer =
        set_interval_with_handle(move || slide.update(|i| *i = (*i + 1) % count), SLIDE).ok();
    on_cleanup(move || {
        if let Some(timer) = timer {
            timer.clear();
        }
    });
    let touch = NodeRef::<leptos::html::Button>::new();
    focus_when_shown(touch, false);
    view! {
        <div
            class="attract"
            role="dialog"
            aria-modal="true"
            aria-labelledby="attract-titre"
            on:click=move |_| on_start.run(())
        >
            <p class="attract-publisher" lang="fr">{plan.publisher.as_str()}</p>
            <h1 id="attract-titre" lang="fr">{plan.subtitle.as_str()}</h1>
            <p class="attract-intro">{k.attract_intro}</p>
            {move || {
                let c = &plan.priorities.items[slide.get()];
                view! {
                    <div class="attract-slide">
                        <p class="rank">{t.priority_rank_of(c.number, plan)}</p>
                        <h2 lang="fr">{c.title.as_str()}</h2>
                        <AxisBadge axis=c.axis/>
                    </div>
                }
            }}
            <button type="button" class="attract-button" id="attract-bouton" node_ref=touch>
                {k.touch}
            </button>
            // The other language, from the first touch (the touch starts exploring too).
            <button
                type="button"
                class="attract-language"
                lang=t.other_language_code
                on:click=move |_| {
                    let router = router();
                    router.go(router.state().get_untracked().with_lang(lang().other()));
                }
            >
                {t.other_language}
            </button>
        </div>
    }
}

/// "Are you still there?", with a countdown and one big button (WCAG 2.2.1).
#[component]
fn IdleWarning(seconds_left: u32, on_continue: Callback<()>) -> impl IntoView {
    let k = kiosk_ui();
    let keep_going = NodeRef::<leptos::html::Button>::new();
    focus_when_shown(keep_going, false);
    // Whole and at its normal size, however far the visitor zoomed in.
    follow_visible_area();
    view! {
        <div class="idle-backdrop">
            <div
                class="idle-warning"
                role="alertdialog"
                aria-modal="true"
                aria-labelledby="inactivite-titre"
                aria-describedby="inactivite-texte"
            >
                <h2 id="inactivite-titre">{k.warning_title}</h2>
                <p id="inactivite-texte">{k.warning_text.count(seconds_left as usize)}</p>
                <p class="countdown" aria-hidden="true">{seconds_left}</p>
                <button
                    type="button"
                    class="continue-button"
                    id="inactivite-bouton"
                    node_ref=keep_going
                    on:click=move |e: ev::MouseEvent| {
                        e.stop_propagation();
                        on_continue.run(())
                    }
                >
                    {k.continue_label}
                </button>
            </div>
        </div>
    }
}

/// The QR code of the view, in the kiosk's build (the only one with the encoder).
#[cfg(feature = "kiosk")]
fn phone_qr() -> impl IntoView {
    view! { <super::PhoneQr/> }
}

#[cfg(not(feature = "kiosk"))]
fn phone_qr() -> impl IntoView {}
