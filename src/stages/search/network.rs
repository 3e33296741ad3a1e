//! Network and leads: contacts with next steps, events and associations, an
//! informational-interview request, and openings to watch.

use crate::browser::fresh_id;
use crate::components::options_of;
use crate::components::{
    item_list, set_field, DateField, ItemListProps, LetterEditor, SelectField, TextField,
};
use crate::domain::Choice;
use crate::domain::{
    informational_interview, safe_link, Contact, EventKind, Lead, LeadKind, LeadStatus,
    NetworkEvent, Person, PersonEdit, SearchTool,
};
use crate::i18n::k;
use crate::i18n::t;
use crate::i18n::tf;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NetworkProps {
    pub person: std::rc::Rc<Person>,
    pub on_edit: Callback<PersonEdit>,
    /// Which of its tools to show: the network, the informational
    /// interview or the openings.
    pub part: SearchTool,
}

#[component]
pub fn Network(props: &NetworkProps) -> Html {
    let person = &props.person;
    let on_edit = &props.on_edit;
    let suggested = informational_interview(
        &person.info_letter.to_name,
        &person.sign_as,
        &person.info_field,
    );
    html! {
        <>
            if props.part == SearchTool::Network {
                { item_list(yew::props!(ItemListProps<Contact> {
                    id: "rb-contact",
                    items: person.contacts.clone(),
                    add_label: t(k::network::ADD_A_CONTACT),
                    empty: t(k::network::NO_CONTACTS_YET_WHO),
                    make: Callback::from(|_| Contact { id: fresh_id(), name: String::new(), company: String::new(), how_known: String::new(), next_step: String::new(), next_date: None }),
                    title: Callback::from(|c: Contact| match (c.name.trim(), c.company.trim()) {
                        (name, "") => name.to_owned(),
                        ("", company) => company.to_owned(),
                        (name, company) => tf!(k::network::TEXT, name = name, company = company),
                    }),
                    detail: Callback::from(|c: Contact| html! {
                        if !c.next_step.is_empty() || c.next_date.is_some() {
                            <p class="rb-hint rb-list__meta">
                                { tf!(k::network::NEXT, value = if c.next_step.is_empty() { t(k::network::FOLLOW_UP) } else { Rc::from(c.next_step.as_str()) }) }
                                if let Some(d) = c.next_date { { format!(" · {}", d.long()) } }
                            </p>
                        }
                    }),
                    editor: Callback::from(|(c, emit): (Contact, Callback<Contact>)| {
                        let prefix = format!("rb-contact-{}", c.id);
                        html! {
                            <>
                                <TextField id={format!("{prefix}-name")} label={t(k::support::NAME)} value={c.name.clone()} on_change={set_field(&c, &emit, |n, v| n.name = v)} />
                                <TextField id={format!("{prefix}-company")} label={t(k::rejection::COMPANY)} optional=true value={c.company.clone()} on_change={set_field(&c, &emit, |n, v| n.company = v)} />
                                <TextField id={format!("{prefix}-how")} label={t(k::network::HOW_I_KNOW_THEM)} optional=true value={c.how_known.clone()} on_change={set_field(&c, &emit, |n, v| n.how_known = v)} />
                                <TextField id={format!("{prefix}-next")} label={t(k::network::NEXT_STEP)} optional=true value={c.next_step.clone()}
                                    hint={t(k::network::FOR_EXAMPLE_ASK_FOR)} on_change={set_field(&c, &emit, |n, v| n.next_step = v)} />
                                <DateField id={format!("{prefix}-date")} label={t(k::network::WHEN)} optional=true value={c.next_date}
                                    on_change={set_field(&c, &emit, |n, v| n.next_date = v)} />
                            </>
                        }
                    }),
                    on_edit: on_edit.reform(PersonEdit::Contacts),
                })) }
                <h3>{t(k::network::EVENTS_AND_ASSOCIATIONS)}</h3>
                { item_list(yew::props!(ItemListProps<NetworkEvent> {
                    id: "rb-event",
                    items: person.events.clone(),
                    add_label: t(k::network::ADD_AN_EVENT_OR),
                    empty: t(k::network::NONE_YET_MEETUPS_CONFERENCES),
                    make: Callback::from(|_| NetworkEvent { id: fresh_id(), name: String::new(), kind: EventKind::Event, date: None, done: false }),
                    title: Callback::from(|e: NetworkEvent| e.name),
                    detail: Callback::from(|e: NetworkEvent| html! {
                        <p class="rb-hint rb-list__meta">
                            { e.kind.label() }
                            if let Some(d) = e.date { { format!(" · {}", d.long()) } }
                            { if e.done { match e.kind { EventKind::Event => t(k::network::ATTENDED), EventKind::Association => t(k::network::JOINED) } } else { Rc::from("") } }
                        </p>
                    }),
                    editor: Callback::from(|(e, emit): (NetworkEvent, Callback<NetworkEvent>)| {
                        let prefix = format!("rb-event-{}", e.id);
                        let done_id = format!("{prefix}-done");
                        html! {
                            <>
                                <TextField id={format!("{prefix}-name")} label={t(k::support::NAME)} value={e.name.clone()}
                                    on_change={set_field(&e, &emit, |n, v| n.name = v)} />
                                <SelectField id={format!("{prefix}-kind")} label={t(k::insights::KIND)} options={options_of::<EventKind>()} value={e.kind.slug()}
                                    on_change={{ let (e, emit) = (e.clone(), emit.clone()); Callback::from(move |v: String| emit.emit(NetworkEvent { kind: EventKind::from_slug(&v).unwrap_or(e.kind), ..e.clone() })) }} />
                                <DateField id={format!("{prefix}-date")} label={t(k::insights::DATE)} optional=true value={e.date}
                                    on_change={set_field(&e, &emit, |n, v| n.date = v)} />
                                <div class="rb-check">
                                    <input type="checkbox" id={done_id.clone()} checked={e.done}
                                        onchange={{ let (e, emit) = (e.clone(), emit.clone()); Callback::from(move |_| emit.emit(NetworkEvent { done: !e.done, ..e.clone() })) }} />
                                    <label for={done_id}>{t(k::network::DONE_ATTENDED_OR_JOINED)}</label>
                                </div>
                            </>
                        }
                    }),
                    on_edit: on_edit.reform(PersonEdit::Events),
                })) }
            }
            if props.part == SearchTool::InformationalInterview {
                <TextField id="rb-info-field" label={t(k::network::THE_FIELD_OR_ROLE)} optional=true
                    value={person.info_field.clone()} on_change={on_edit.reform(PersonEdit::SetInfoField)} />
                <LetterEditor id="rb-info" letter={person.info_letter.clone()} {suggested}
                    on_edit={on_edit.reform(PersonEdit::InfoLetter)}
                    recipient_hint={t(k::network::SOMEONE_IN_THE_FIELD)}
                    sign_as={person.sign_as.clone()} on_sign_as={on_edit.reform(PersonEdit::SetSignAs)} />
            }
            if props.part == SearchTool::Openings {
                { item_list(yew::props!(ItemListProps<Lead> {
                    id: "rb-lead",
                    items: person.leads.clone(),
                    add_label: t(k::network::ADD_A_LEAD),
                    empty: t(k::network::NOTHING_TO_WATCH_YET),
                    make: Callback::from(|_| Lead { id: fresh_id(), title: String::new(), kind: LeadKind::Role, url: String::new(), status: LeadStatus::Interested }),
                    title: Callback::from(|l: Lead| l.title),
                    detail: Callback::from(|l: Lead| html! {
                        <p class="rb-hint rb-list__meta">
                            { format!("{} · {}", l.kind.label(), l.status.label()) }
                            if let Some(url) = safe_link(&l.url) {
                                {" · "}
                                <a href={url.to_owned()} target="_blank" rel="noopener noreferrer">
                                    {t(k::network::OPEN_LINK)}<span class="rb-visually-hidden">{ tf!(k::network::FOR_OPENS_IN_A, title = l.title) }</span>
                                </a>
                            }
                        </p>
                    }),
                    editor: Callback::from(|(l, emit): (Lead, Callback<Lead>)| {
                        let prefix = format!("rb-lead-{}", l.id);
                        let bad_link = !l.url.trim().is_empty() && safe_link(&l.url).is_none();
                        html! {
                            <>
                                <TextField id={format!("{prefix}-title")} label={t(k::network::WHAT_IT_IS)} value={l.title.clone()}
                                    on_change={set_field(&l, &emit, |n, v| n.title = v)} />
                                <SelectField id={format!("{prefix}-kind")} label={t(k::insights::KIND)} options={options_of::<LeadKind>()} value={l.kind.slug()}
                                    on_change={{ let (l, emit) = (l.clone(), emit.clone()); Callback::from(move |v: String| emit.emit(Lead { kind: LeadKind::from_slug(&v).unwrap_or(l.kind), ..l.clone() })) }} />
                                <TextField id={format!("{prefix}-url")} label={t(k::network::LINK)} optional=true input_type="url" value={l.url.clone()}
                                    hint={t(k::network::STARTING_WITH_HTTPS_OR)}
                                    on_change={set_field(&l, &emit, |n, v| n.url = v)} />
                                if bad_link {
                                    <p class="rb-error" role="alert">{t(k::network::ONLY_LINKS_STARTING_WITH)}</p>
                                }
                                <SelectField id={format!("{prefix}-status")} label={t(k::request::STATUS)} options={options_of::<LeadStatus>()} value={l.status.slug()}
                                    on_change={{ let (l, emit) = (l.clone(), emit.clone()); Callback::from(move |v: String| emit.emit(Lead { status: LeadStatus::from_slug(&v).unwrap_or(l.status), ..l.clone() })) }} />
                            </>
                        }
                    }),
                    on_edit: on_edit.reform(PersonEdit::Leads),
                })) }
            }
        </>
    }
}
