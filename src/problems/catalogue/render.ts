// The problems of the render module. Each is declared with defineProblem and raised with raise().
export {};
