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
use crate::i18n::t;
use crate::tf;
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
                    add_label: t("network.add_a_contact"),
                    empty: t("network.no_contacts_yet_who"),
                    make: Callback::from(|_| Contact { id: fresh_id(), name: String::new(), company: String::new(), how_known: String::new(), next_step: String::new(), next_date: None }),
                    title: Callback::from(|c: Contact| match (c.name.trim(), c.company.trim()) {
                        (name, "") => name.to_owned(),
                        ("", company) => company.to_owned(),
                        (name, company) => tf!("network.text", name = name, company = company),
                    }),
                    detail: Callback::from(|c: Contact| html! {
                        if !c.next_step.is_empty() || c.next_date.is_some() {
                            <p class="rb-hint rb-list__meta">
                                { tf!("network.next", value = if c.next_step.is_empty() { t("network.follow_up") } else { Rc::from(c.next_step.as_str()) }) }
                                if let Some(d) = c.next_date { { format!(" · {}", d.long()) } }
                            </p>
                        }
                    }),
                    editor: Callback::from(|(c, emit): (Contact, Callback<Contact>)| {
                        let prefix = format!("rb-contact-{}", c.id);
                        html! {
                            <>
                                <TextField id={format!("{prefix}-name")} label={t("support.name")} value={c.name.clone()} on_change={set_field(&c, &emit, |n, v| n.name = v)} />
                                <TextField id={format!("{prefix}-company")} label={t("rejection.company")} optional=true value={c.company.clone()} on_change={set_field(&c, &emit, |n, v| n.company = v)} />
                                <TextField id={format!("{prefix}-how")} label={t("network.how_i_know_them")} optional=true value={c.how_known.clone()} on_change={set_field(&c, &emit, |n, v| n.how_known = v)} />
                                <TextField id={format!("{prefix}-next")} label={t("network.next_step")} optional=true value={c.next_step.clone()}
                                    hint={t("network.for_example_ask_for")} on_change={set_field(&c, &emit, |n, v| n.next_step = v)} />
                                <DateField id={format!("{prefix}-date")} label={t("network.when")} optional=true value={c.next_date}
                                    on_change={set_field(&c, &emit, |n, v| n.next_date = v)} />
                            </>
                        }
                    }),
                    on_edit: on_edit.reform(PersonEdit::Contacts),
                })) }
                <h3>{t("network.events_and_associations")}</h3>
                { item_list(yew::props!(ItemListProps<NetworkEvent> {
                    id: "rb-event",
                    items: person.events.clone(),
                    add_label: t("network.add_an_event_or"),
                    empty: t("network.none_yet_meetups_conferences"),
                    make: Callback::from(|_| NetworkEvent { id: fresh_id(), name: String::new(), kind: EventKind::Event, date: None, done: false }),
                    title: Callback::from(|e: NetworkEvent| e.name),
                    detail: Callback::from(|e: NetworkEvent| html! {
                        <p class="rb-hint rb-list__meta">
                            { e.kind.label() }
                            if let Some(d) = e.date { { format!(" · {}", d.long()) } }
                            { if e.done { match e.kind { EventKind::Event => t("network.attended"), EventKind::Association => t("network.joined") } } else { Rc::from("") } }
                        </p>
                    }),
                    editor: Callback::from(|(e, emit): (NetworkEvent, Callback<NetworkEvent>)| {
                        let prefix = format!("rb-event-{}", e.id);
                        let done_id = format!("{prefix}-done");
                        html! {
                            <>
                                <TextField id={format!("{prefix}-name")} label={t("support.name")} value={e.name.clone()}
                                    on_change={set_field(&e, &emit, |n, v| n.name = v)} />
                                <SelectField id={format!("{prefix}-kind")} label={t("insights.kind")} options={options_of::<EventKind>()} value={e.kind.slug()}
                                    on_change={{ let (e, emit) = (e.clone(), emit.clone()); Callback::from(move |v: String| emit.emit(NetworkEvent { kind: EventKind::from_slug(&v).unwrap_or(e.kind), ..e.clone() })) }} />
                                <DateField id={format!("{prefix}-date")} label={t("insights.date")} optional=true value={e.date}
                                    on_change={set_field(&e, &emit, |n, v| n.date = v)} />
                                <div class="rb-check">
                                    <input type="checkbox" id={done_id.clone()} checked={e.done}
                                        onchange={{ let (e, emit) = (e.clone(), emit.clone()); Callback::from(move |_| emit.emit(NetworkEvent { done: !e.done, ..e.clone() })) }} />
                                    <label for={done_id}>{t("network.done_attended_or_joined")}</label>
                                </div>
                            </>
                        }
                    }),
                    on_edit: on_edit.reform(PersonEdit::Events),
                })) }
            }
            if props.part == SearchTool::InformationalInterview {
                <TextField id="rb-info-field" label={t("network.the_field_or_role")} optional=true
                    value={person.info_field.clone()} on_change={on_edit.reform(PersonEdit::SetInfoField)} />
                <LetterEditor id="rb-info" letter={person.info_letter.clone()} {suggested}
                    on_edit={on_edit.reform(PersonEdit::InfoLetter)}
                    recipient_hint={t("network.someone_in_the_field")}
                    sign_as={person.sign_as.clone()} on_sign_as={on_edit.reform(PersonEdit::SetSignAs)} />
            }
            if props.part == SearchTool::Openings {
                { item_list(yew::props!(ItemListProps<Lead> {
                    id: "rb-lead",
                    items: person.leads.clone(),
                    add_label: t("network.add_a_lead"),
                    empty: t("network.nothing_to_watch_yet"),
                    make: Callback::from(|_| Lead { id: fresh_id(), title: String::new(), kind: LeadKind::Role, url: String::new(), status: LeadStatus::Interested }),
                    title: Callback::from(|l: Lead| l.title),
                    detail: Callback::from(|l: Lead| html! {
                        <p class="rb-hint rb-list__meta">
                            { format!("{} · {}", l.kind.label(), l.status.label()) }
                            if let Some(url) = safe_link(&l.url) {
                                {" · "}
                                <a href={url.to_owned()} target="_blank" rel="noopener noreferrer">
                                    {t("network.open_link")}<span class="rb-visually-hidden">{ tf!("network.for_opens_in_a", title = l.title) }</span>
                                </a>
                            }
                        </p>
                    }),
                    editor: Callback::from(|(l, emit): (Lead, Callback<Lead>)| {
                        let prefix = format!("rb-lead-{}", l.id);
                        let bad_link = !l.url.trim().is_empty() && safe_link(&l.url).is_none();
                        html! {
                            <>
                                <TextField id={format!("{prefix}-title")} label={t("network.what_it_is")} value={l.title.clone()}
                                    on_change={set_field(&l, &emit, |n, v| n.title = v)} />
                                <SelectField id={format!("{prefix}-kind")} label={t("insights.kind")} options={options_of::<LeadKind>()} value={l.kind.slug()}
                                    on_change={{ let (l, emit) = (l.clone(), emit.clone()); Callback::from(move |v: String| emit.emit(Lead { kind: LeadKind::from_slug(&v).unwrap_or(l.kind), ..l.clone() })) }} />
                                <TextField id={format!("{prefix}-url")} label={t("network.link")} optional=true input_type="url" value={l.url.clone()}
                                    hint={t("network.starting_with_https_or")}
                                    on_change={set_field(&l, &emit, |n, v| n.url = v)} />
                                if bad_link {
                                    <p class="rb-error" role="alert">{t("network.only_links_starting_with")}</p>
                                }
                                <SelectField id={format!("{prefix}-status")} label={t("request.status")} options={options_of::<LeadStatus>()} value={l.status.slug()}
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
