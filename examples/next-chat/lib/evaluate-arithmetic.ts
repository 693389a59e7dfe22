/**
 * Evaluates `+ - * / ^`, unary minus, parentheses and decimal numbers with a small
 * recursive-descent parser (never `eval`). Throws a readable error on bad input, which the AI SDK
 * reports to the model as a tool error.
 */
export function evaluateArithmetic(expression: string): number {
  const tokens = expression.match(/\d+(?:\.\d+)?|\.\d+|[-+*/^()]|\S/g) ?? [];
  let position = 0;

  const peek = () => tokens[position];
  const take = () => tokens[position++];

  const parseExpression = (): number => {
    let value = parseTerm();
    while (peek() === '+' || peek() === '-') {
      const operator = take();
      const right = parseTerm();
      value = operator === '+' ? value + right : value - right;
    }
    return value;
  };

  const parseTerm = (): number => {
    let value = parsePower();
    while (peek() === '*' || peek() === '/') {
      const operator = take();
      const right = parsePower();
      if (operator === '/' && right === 0) throw new Error('Division by zero.');
      value = operator === '*' ? value * right : value / right;
    }
    return value;
  };

  const parsePower = (): number => {
    const base = parseUnary();
    if (peek() === '^') {
      take();
      return base ** parsePower();
    }
    return base;
  };

  const parseUnary = (): number => {
    if (peek() === '-') {
      take();
      return -parseUnary();
    }
    if (peek() === '+') {
      take();
      return parseUnary();
    }
    return parsePrimary();
  };

  const parsePrimary = (): number => {
    const token = take();
    if (token === '(') {
      const value = parseExpression();
      if (take() !== ')') throw new Error(`Missing ")" in "${expression}".`);
      return value;
    }
    if (token != null && /^(?:\d+(?:\.\d+)?|\.\d+)$/.test(token)) return Number(token);
    throw new Error(
      token == null
        ? `Incomplete expression "${expression}".`
        : `Unexpected "${token}" in "${expression}".`,
    );
  };

  const value = parseExpression();
  if (position < tokens.length) {
    throw new Error(`Unexpected "${tokens[position]}" in "${expression}".`);
  }
  if (!Number.isFinite(value)) throw new Error(`"${expression}" has no finite result.`);
  return Math.round(value * 1e10) / 1e10;
}
