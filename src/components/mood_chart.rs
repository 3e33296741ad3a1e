//! Mood over time as an inline SVG line chart, with a text summary and a table
//! for screen readers (and anyone who prefers numbers).

use crate::domain::{chart_geometry, mood_summary, one_decimal, DayMood, CHART_LEFT};
use crate::i18n::k;
use crate::i18n::t;
use crate::i18n::tf;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MoodChartProps {
    pub series: Vec<DayMood>,
}

#[component]
pub fn MoodChart(props: &MoodChartProps) -> Html {
    let series = &props.series;
    if series.is_empty() {
        return html! {
            <p class="rb-empty">{t(k::chart::NO_CHECK_INS_YET)}</p>
        };
    }
    let g = chart_geometry(series);
    let line: String = g
        .points
        .iter()
        .map(|(x, y)| format!("{},{}", one_decimal(*x), one_decimal(*y)))
        .collect::<Vec<_>>()
        .join(" ");
    let summary = mood_summary(series);
    html! {
        <figure class="rb-chart">
            <svg class="rb-chart__svg" viewBox={format!("0 0 {} {}", one_decimal(g.width), one_decimal(g.height))}
                role="img" aria-labelledby="rb-mood-svg-title" focusable="false">
                <title id="rb-mood-svg-title">{ tf!(k::chart::SVG_TITLE, summary = summary) }</title>
                { for g.y_ticks.iter().map(|(y, label)| html! {
                    <g class="rb-chart__grid">
                        <line x1={one_decimal(CHART_LEFT)} x2={one_decimal(g.width - 16.0)} y1={one_decimal(*y)} y2={one_decimal(*y)} />
                        <text x={one_decimal(CHART_LEFT - 6.0)} y={one_decimal(y + 4.0)} text-anchor="end">{ label.clone() }</text>
                    </g>
                }) }
                { for g.x_ticks.iter().map(|(x, label)| html! {
                    <text class="rb-chart__xlabel" x={one_decimal(*x)} y={one_decimal(g.height - 8.0)} text-anchor="middle">{ label.clone() }</text>
                }) }
                if g.points.len() > 1 {
                    <polyline class="rb-chart__line" points={line} />
                }
                { for g.points.iter().map(|(x, y)| html! {
                    <circle class="rb-chart__dot" cx={one_decimal(*x)} cy={one_decimal(*y)} r="4.5" />
                }) }
            </svg>
            <figcaption class="rb-hint">{ summary }</figcaption>
            <details class="rb-details">
                <summary>{t(k::chart::SHOW_THE_NUMBERS)}</summary>
                <table class="rb-table">
                    <caption class="rb-visually-hidden">{t(k::chart::HOW_YOU_WERE_OVERALL)}</caption>
                    <thead><tr><th scope="col">{t(k::chart::DAY)}</th><th scope="col">{t(k::chart::OVERALL_1_VERY_LOW)}</th><th scope="col">{t(k::chart::CHECK_INS)}</th></tr></thead>
                    <tbody>
                        { for series.iter().map(|m| html! {
                            <tr><th scope="row">{ m.day.long() }</th><td>{ crate::i18n::decimal(m.average) }</td><td>{ m.count }</td></tr>
                        }) }
                    </tbody>
                </table>
            </details>
        </figure>
    }
}
