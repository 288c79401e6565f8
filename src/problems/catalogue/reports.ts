// The problems of the reports module. Each is declared with defineProblem and raised with raise().
export {};
