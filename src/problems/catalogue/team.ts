// The problems of the team module. Each is declared with defineProblem and raised with raise().
export {};
