// An exact solver for the matching problem of one connected group of mentees and mentors:
// assign each row (mentee) to at most one column (mentor) with an allowed score, each column to at
// most its capacity, maximising first the number of assigned rows and then the sum of their scores.
//
// The problem is a transportation problem, solved as a minimum-cost flow by successive shortest
// paths with node potentials (Edmonds & Karp 1972; Tomizawa 1971; Ahuja, Magnanti & Orlin,
// "Network Flows", 1993, ch. 9), organised like the shortest-augmenting-path form of the Hungarian
// method (Kuhn 1955; Munkres 1957; Jonker & Volgenant 1987): rows are added one at a time, and
// each addition runs one Dijkstra search on reduced costs over dense typed arrays.
//
// The network: row i → column j with cost maxScore − score(i, j) for every allowed pair; column
// j → sink with capacity c_j and cost 0; and row i → sink directly ("left unassigned") with cost
// BIG + maxScore, where BIG = maxScore · rows + 1 is more than any total score. Every row sends one
// unit, so a solution costs (rows − assigned) · BIG − Σ score + a constant: minimising it
// maximises the number assigned first and the total score second. A mentor of capacity c is one
// column of capacity c, not c copies: the search goes from a full column on to each row it holds,
// which keeps capacities exact without widening the matrix.
//
// Potentials: only columns carry one (h_j), as in Jonker & Volgenant. A row is entered only from
// the column that holds it, so its own potential cancels on every path through it; the sink's is
// 0. The reduced cost of going from column j through its row i on to column k is
// cost(i, k) − cost(i, j) + h_j − h_k ≥ 0, so Dijkstra applies. Column potentials only fall, and a
// column with room keeps h = 0 (it is settled only as the end of a path), so the first column with
// room that the search settles ends a shortest path, as a free column does in the Hungarian
// method. After each search, every settled column moves by d(j) − d*, where d* is the length of
// the path found: reduced costs stay ≥ 0 and the path becomes tight.

/**
 * Solves one assignment problem. `scores` is row-major, `rowCount × colCount`, whole numbers ≥ 0
 * for allowed pairs and -1 for pairs that are not allowed. Returns, per row, its column or -1.
 */
export function solveCapacitatedAssignment(
  rowCount: number,
  colCount: number,
  scores: ArrayLike<number>,
  capacities: ArrayLike<number>,
): Int32Array {
  const n = rowCount;
  const m = colCount;
  const assigned = new Int32Array(n).fill(-1);
  if (n === 0 || m === 0) return assigned;

  let maxScore = 0;
  for (let k = 0; k < n * m; k++) if (scores[k]! > maxScore) maxScore = scores[k]!;
  const unassignedCost = maxScore * n + 1 + maxScore;

  // Costs, -1 where there is no edge. All values are whole numbers, so every sum below is exact.
  const cost = new Int32Array(n * m);
  for (let k = 0; k < n * m; k++) cost[k] = scores[k]! < 0 ? -1 : maxScore - scores[k]!;

  // The rows each column holds, in slots [slotStart[j], slotStart[j] + held[j]).
  const capacity = Int32Array.from({ length: m }, (_, j) => Math.max(0, capacities[j]! | 0));
  const slotStart = new Int32Array(m + 1);
  for (let j = 0; j < m; j++) slotStart[j + 1] = slotStart[j]! + capacity[j]!;
  const slots = new Int32Array(slotStart[m]!);
  const held = new Int32Array(m);
  const hold = (j: number, i: number) => {
    slots[slotStart[j]! + held[j]!] = i;
    held[j]! += 1;
    assigned[i] = j;
  };
  const release = (j: number, i: number) => {
    const start = slotStart[j]!;
    const last = start + held[j]! - 1;
    for (let s = start; s <= last; s++) {
      if (slots[s] === i) {
        slots[s] = slots[last]!;
        break;
      }
    }
    held[j]! -= 1;
    assigned[i] = -1;
  };

  // Start from a valid state, as the Hungarian method's row reduction does: a row takes one of its
  // cheapest columns while that column has room. Every column keeps h = 0.
  const rowHasEdge = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const base = i * m;
    let cheapest = Number.POSITIVE_INFINITY;
    for (let j = 0; j < m; j++) {
      const c = cost[base + j]!;
      if (c >= 0 && c < cheapest) cheapest = c;
    }
    if (cheapest === Number.POSITIVE_INFINITY) continue;
    rowHasEdge[i] = 1;
    for (let j = 0; j < m; j++) {
      if (cost[base + j] === cheapest && held[j]! < capacity[j]!) {
        hold(j, i);
        break;
      }
    }
  }

  const potential = new Float64Array(m);
  const dist = new Float64Array(m);
  const pred = new Int32Array(m);
  // Columns settled in the current search carry its stamp. `todo` holds settled full columns at
  // the current distance `level` whose rows are still to be followed.
  const settledMark = new Int32Array(m);
  const settled = new Int32Array(m);
  const todo = new Int32Array(m);
  let stamp = 0;
  let settledCount = 0;
  let todoLength = 0;
  let level = 0;
  let endCol = -1;

  // Marks column j settled at the current level; a column with room ends the search.
  const settle = (j: number): boolean => {
    settledMark[j] = stamp;
    settled[settledCount++] = j;
    if (held[j]! < capacity[j]!) {
      endCol = j;
      return true;
    }
    todo[todoLength++] = j;
    return false;
  };

  // Relaxes the edges out of row i, reached at distance d. A column reached at the current level
  // is settled at once.
  const relax = (i: number, d: number): boolean => {
    const base = i * m;
    for (let j = 0; j < m; j++) {
      const c = cost[base + j]!;
      if (c < 0 || settledMark[j] === stamp) continue;
      const next = d + c - potential[j]!;
      if (next < dist[j]!) {
        dist[j] = next;
        pred[j] = i;
        if (next === level && settle(j)) return true;
      }
    }
    return false;
  };

  for (let r = 0; r < n; r++) {
    if (rowHasEdge[r] === 0 || assigned[r] !== -1) continue;
    stamp = r + 1;
    dist.fill(Number.POSITIVE_INFINITY);
    settledCount = 0;
    todoLength = 0;
    endCol = -1;
    level = Number.NEGATIVE_INFINITY;
    // The shortest way found so far to end by leaving a row unassigned, and that row.
    let best = unassignedCost;
    let endRow = r;

    relax(r, 0);
    search: for (;;) {
      if (todoLength === 0) {
        // Next level: all unsettled columns at the minimum distance, unless leaving a row
        // unassigned is as short.
        level = best;
        for (let j = 0; j < m; j++) if (settledMark[j] !== stamp && dist[j]! < level) level = dist[j]!;
        if (level >= best) break;
        for (let j = 0; j < m; j++) {
          if (settledMark[j] !== stamp && dist[j] === level && settle(j)) break search;
        }
      }
      if (level >= best) break;
      // Follow a full column to each row it holds (the reverse of an assigned edge).
      const j = todo[--todoLength]!;
      for (let s = slotStart[j]!, end = s + held[j]!; s < end; s++) {
        const i = slots[s]!;
        const d = level - cost[i * m + j]! + potential[j]!;
        if (d + unassignedCost < best) {
          best = d + unassignedCost;
          endRow = i;
        }
        if (relax(i, d)) break search;
      }
    }
    if (endCol >= 0) best = level;

    for (let k = 0; k < settledCount; k++) {
      const j = settled[k]!;
      potential[j]! += dist[j]! - best;
    }

    // Augment along the path, from its end back to row r.
    let j = endCol;
    if (endCol < 0) {
      j = assigned[endRow]!;
      if (j < 0) continue; // r itself stays unassigned
      release(j, endRow);
    }
    for (;;) {
      const i = pred[j]!;
      const previous = assigned[i]!;
      if (previous >= 0) release(previous, i);
      hold(j, i);
      if (i === r) break;
      j = previous;
    }
  }
  return assigned;
}
