/** Ids of one namespace: each wanted id as it is, a taken one with `-2`, `-3`, … in call order. */
export function createIdClaimer(): (wanted: string) => string {
  const taken = new Set<string>();
  return (wanted) => {
    let id = wanted;
    for (let n = 2; taken.has(id); n++) id = `${wanted}-${n}`;
    taken.add(id);
    return id;
  };
}
