// The problems of the indicators module. Each is declared with defineProblem and raised with raise().
export {};
