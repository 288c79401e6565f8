// The problems of the chain module. Each is declared with defineProblem and raised with raise().
export {};
