// The answers to the questions asked last. Answers are a pure function of the question and the knowledge, and people
// ask the same things over and over: recent answers are kept (a reload builds a new Answerer, so they never go stale).

export class RecentAnswers<T> {
  /** The Map's order is the eviction order: the least recently asked first. */
  private readonly answers = new Map<string, T>();

  constructor(readonly size: number) {}

  get(question: string): T | undefined {
    const answer = this.answers.get(question);
    if (answer !== undefined) {
      // Refresh its place.
      this.answers.delete(question);
      this.answers.set(question, answer);
    }
    return answer;
  }

  set(question: string, answer: T): void {
    this.answers.set(question, answer);
    if (this.answers.size > this.size) this.answers.delete(this.answers.keys().next().value!);
  }
}
