//! A horizontal bar chart in inline SVG. Colours come from CSS classes (no
//! inline styles, which the strict CSP blocks); bar lengths are geometry.

use raikit_core::num::{exact, fixed};
use yew::prelude::*;

#[derive(Clone, PartialEq)]
pub struct Bar {
    pub label: String,
    /// 0.0 – 1.0 of the full width; None draws an empty track.
    pub fraction: Option<f64>,
    /// CSS class for the bar's colour, e.g. `level-high`.
    pub class: String,
    /// The value as text, drawn at the end of the bar.
    pub value: String,
}

#[derive(Properties, PartialEq)]
pub struct ChartProps {
    pub bars: Vec<Bar>,
    /// Accessible name of the chart.
    pub label: String,
}

const ROW: f64 = 28.0;
const LABEL_W: f64 = 230.0;
const BAR_W: f64 = 300.0;
const VALUE_W: f64 = 90.0;

#[function_component(Chart)]
pub fn chart(props: &ChartProps) -> Html {
    let height = ROW * props.bars.len() as f64 + 4.0;
    let width = LABEL_W + BAR_W + VALUE_W;
    html! {
        <svg class="chart" role="img" aria-label={props.label.clone()} viewBox={format!("0 0 {} {}", exact(width), exact(height))}
            preserveAspectRatio="xMinYMin meet">
            { for props.bars.iter().enumerate().map(|(i, bar)| {
                let y = 2.0 + i as f64 * ROW;
                let w = bar.fraction.unwrap_or(0.0).clamp(0.0, 1.0) * BAR_W;
                html! {
                    <g class="chart-row">
                        <text x="0" y={exact(y + 18.0)} class="chart-label">{ &bar.label }</text>
                        <rect x={exact(LABEL_W)} y={exact(y + 4.0)} width={exact(BAR_W)} height="16" rx="3" class="chart-track" />
                        <rect x={exact(LABEL_W)} y={exact(y + 4.0)} width={fixed(w, 1)} height="16" rx="3" class={classes!("chart-bar", bar.class.clone())} />
                        <text x={exact(LABEL_W + BAR_W + 8.0)} y={exact(y + 18.0)} class="chart-value">{ &bar.value }</text>
                    </g>
                }
            }) }
        </svg>
    }
}
