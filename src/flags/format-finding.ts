import { logicText, NO_DATA } from '../expr/logic';
import type { Finding, Operand } from './decompose-run';
import { flagMessages as msg } from './flag-messages';

/**
 * A number for people: 4 significant digits (3 in exponent form, used from
 * 1e5 up and below 1e-3), a true minus sign, ∞ for infinities and "no data"
 * for NaN.
 */
export function formatNumber(value: number): string {
  if (Number.isNaN(value)) return 'no data';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '−∞';
  const size = Math.abs(value);
  const text = size !== 0 && (size >= 1e5 || size < 1e-3) ? value.toExponential(2).replace(/\.?0+e/, 'e') : String(Number(value.toPrecision(4)));
  return text.replaceAll('-', '−');
}

/** The operator that holds when a comparison is false. */
const NEGATED: Readonly<Record<string, string>> = { '<': '>=', '<=': '>', '>': '<=', '>=': '<', '==': '!=', '!=': '==' };

/**
 * One line per finding, stating what holds: `tpc.meanMIP: nsigma = −7.2 < −6`,
 * `tpc.meanMIP: |nsigma| = 7.2 > 6`, `tpc.meanMIP = 75 outside [30, 70]`;
 * a false comparison shows the operator that holds (`evs.nEventsSelected =
 * 1.69e+5 < 2e+5` for a false `>= 200000`); a finding without data says so.
 */
export function formatFinding(finding: Finding): string {
  const [a, b, c] = finding.operands;
  if (finding.result === NO_DATA && finding.op !== 'isnan') return msg.noData(finding.text);
  switch (finding.op) {
    case '<': case '<=': case '>': case '>=': case '==': case '!=':
      return msg.finding(label(a), formatNumber(a.value), finding.result === 0 ? NEGATED[finding.op] : finding.op, side(b));
    case 'inrange':
      return msg.inrange(label(a), formatNumber(a.value), side(b), side(c), finding.result === 1);
    case 'isnan':
      return msg.isnan(a.text, finding.result === 1);
    default:
      return `${finding.text}: ${logicText(finding.result)}`;
  }
}

function label(operand: Operand): string {
  if (!operand.nsigmaOf) return operand.text;
  return `${operand.nsigmaOf.argument}: ${operand.nsigmaOf.absolute ? '|nsigma|' : 'nsigma'}`;
}

/** A threshold: its value when it is a literal, else its text and value. */
function side(operand: Operand): string {
  const literal = Number(operand.text.replace(/\s+/g, ''));
  return Object.is(literal, operand.value) ? formatNumber(operand.value) : `${operand.text} = ${formatNumber(operand.value)}`;
}
