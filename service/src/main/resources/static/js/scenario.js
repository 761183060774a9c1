// The what-if scenario of each cluster: enterprises ticked for recruiting or removal, kept for the browser tab
// (sessionStorage) so a recruit ticked on a link page is still ticked on the what-if page.
const key = (clusterId) => `workbench.scenario.${clusterId}`;

export function scenario(clusterId) {
  try {
    const s = JSON.parse(sessionStorage.getItem(key(clusterId)) || '{}');
    return { recruit: s.recruit || [], remove: s.remove || [], names: s.names || {} };
  } catch (e) { return { recruit: [], remove: [], names: {} }; }
}

function save(clusterId, s) { sessionStorage.setItem(key(clusterId), JSON.stringify(s)); }

/** Ticks (on = true) or unticks an enterprise in one list; ticking it in one list unticks it in the other. */
export function tick(clusterId, list, enterprise, on) {
  const s = scenario(clusterId);
  const other = list === 'recruit' ? 'remove' : 'recruit';
  s[list] = s[list].filter(id => id !== enterprise.id);
  s[other] = s[other].filter(id => id !== enterprise.id);
  if (on) { s[list].push(enterprise.id); s.names[enterprise.id] = { name: enterprise.name, nameEn: enterprise.nameEn }; }
  save(clusterId, s);
  return s;
}

export function clearScenario(clusterId) { sessionStorage.removeItem(key(clusterId)); }
