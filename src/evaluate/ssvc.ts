import type { TechnicalImpact } from './policy/types.js';

// BOD 26-04's matrix uses two SSVC decision points (https://certcc.github.io/SSVC/) that OSV
// records do not carry: Automatable and Technical Impact. CISA publishes them per CVE through its
// Vulnrichment ADP container; until that data is read, they are estimated from the CVSS vector
// the way SSVC's own guidance relates them: an attack is automatable when it needs only network
// access, low complexity, no privileges and no user interaction (nothing a worm would lack), and
// the impact is total when the attacker gains both confidentiality and integrity at the highest
// level. These are estimates and the policy says whether to use them (`ssvc.deriveFromCvss`).

function metrics(vector: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of vector.split('/')) {
    const i = part.indexOf(':');
    if (i > 0) out.set(part.slice(0, i), part.slice(i + 1));
  }
  return out;
}

export interface SsvcEstimate {
  automatable?: boolean;
  technicalImpact?: TechnicalImpact;
}

export function ssvcFromCvss(vector: string | undefined): SsvcEstimate {
  if (!vector) return {};
  const m = metrics(vector);
  if (vector.startsWith('CVSS:4.0/')) {
    if (!m.has('AV') || !m.has('VC')) return {};
    return {
      automatable: m.get('AV') === 'N' && m.get('AC') === 'L' && m.get('AT') === 'N' && m.get('PR') === 'N' && m.get('UI') === 'N',
      technicalImpact: m.get('VC') === 'H' && m.get('VI') === 'H' ? 'total' : 'partial',
    };
  }
  if (vector.startsWith('CVSS:3.')) {
    if (!m.has('AV') || !m.has('C')) return {};
    return {
      automatable: m.get('AV') === 'N' && m.get('AC') === 'L' && m.get('PR') === 'N' && m.get('UI') === 'N',
      technicalImpact: m.get('C') === 'H' && m.get('I') === 'H' ? 'total' : 'partial',
    };
  }
  // CVSS v2: Au (authentication) stands for privileges, and there is no user-interaction metric.
  if (!m.has('AV') || !m.has('Au') || !m.has('C')) return {};
  return {
    automatable: m.get('AV') === 'N' && m.get('AC') === 'L' && m.get('Au') === 'N',
    technicalImpact: m.get('C') === 'C' && m.get('I') === 'C' ? 'total' : 'partial',
  };
}
