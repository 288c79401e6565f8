// The problems of the duties module. Each is declared with defineProblem and raised with raise().
export {};
