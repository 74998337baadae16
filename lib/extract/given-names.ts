// Grammatical gender of common given names and honorifics, used only to tell "he" from "she" when
// resolving pronouns. Generic lists of frequent first names across languages; a name not listed
// simply has no known gender and stays compatible with either pronoun.

const set = (words: string) => new Set(words.trim().split(/\s+/));

const MALE = set(`
  Aaron Abdul Abdullah Adam Adrian Ahmed Ahmad Aidan Alan Albert Aleksander Alex Alexander Alexei
  Ali Amir Andre Andreas Andrei Andrew Andy Anton Antonio Arne Arthur Arvo Ben Benjamin Bernard
  Bill Bob Boris Brian Bruce Bruno Carl Carlos Charles Chris Christian Christopher Colin Craig
  Daniel Dave David Dennis Derek Dimitri Dmitri Donald Douglas Edward Emil Emmanuel Eric Erik
  Ernst Evan Felix Fernando Francis Frank Fred Frederick Gabriel Gary George Georg Gerald Gordon
  Graham Greg Gregory Hans Harold Harry Hassan Henry Henrik Herbert Hugo Hussein Ian Igor Ivan
  Jack Jacob Jakob James Jan Jason Javier Jean Jeff Jeremy Jim Joe Johan Johannes John Jonathan
  Jorge Jose Joseph Juan Julian Jurgen Kai Karl Keith Ken Kenneth Kevin Klaus Lars Lee Leo Leon
  Liam Louis Luca Lucas Luis Lukas Magnus Marc Marco Marcus Mark Martin Matthew Max Michael
  Miguel Mikhail Mohammed Muhammad Mohamed Nathan Neil Nicholas Nick Nikolai Noah Olaf Oliver
  Omar Oscar Oskar Otto Pablo Patrick Paul Pavel Pedro Peter Philip Pierre Rafael Ralph Raymond
  Richard Rick Robert Roger Roman Ron Ronald Ryan Sam Samuel Scott Sean Sebastian Sergei Simon
  Stefan Stephen Steve Steven Sven Thomas Tim Timothy Tom Tomas Tony Viktor Victor Vincent
  Vladimir Walter William Wolfgang Yusuf Yuri Zoltan Jaan Juhan Mart Priit Rein Tarmo Toomas
  Ott Andres Aivar Margus Urmas Mihkel Jaanus Kalev Raivo Rasmus
`);

const FEMALE = set(`
  Agnes Aisha Alice Alexandra Alina Amanda Amelia Amy Ana Anastasia Andrea Angela Anita Ann Anna
  Anne Annika Astrid Barbara Beatrice Birgit Brigitte Camille Carla Carmen Caroline Catherine
  Charlotte Christina Christine Claire Clara Claudia Daniela Diana Elena Elisabeth Elizabeth Ella
  Ellen Elsa Emily Emma Erika Esther Eva Fatima Fiona Frances Gabriela Greta Hanna Hannah Heidi
  Helen Helena Ingrid Irene Irina Isabel Isabella Jane Janet Jennifer Jessica Joanna Johanna
  Judith Julia Julie Karen Karin Katarina Katherine Kathryn Katja Kate Kristina Kristiina Laura
  Lea Lena Leila Linda Lisa Liisa Lucia Lucy Maria Marie Marina Marta Martha Mary Maya Megan
  Melanie Mia Michelle Monika Monica Nadia Natalia Natalie Nina Nora Olga Olivia Patricia Paula
  Rachel Rebecca Rita Rosa Ruth Sara Sarah Silvia Sofia Sophie Sonia Susan Svetlana Tatiana Teresa
  Ulla Ursula Valentina Vera Victoria Yulia Zara Zoe Eva Kadri Kaja Kaia Katrin Kersti Liina Maarja
  Mari Maris Merle Piret Pille Riina Tiina Triin Ene Aino Helmi Irja Epp Mirjam Helga Hilde
`);

/** Honorifics that say the gender ("Mrs." -> female). */
const MALE_TITLES = set(
  `Mr Mr. Sir Lord King Prince Emir Sheikh Congressman Spokesman Chairman Father Brother Duke Baron`,
);
const FEMALE_TITLES = set(`
  Mrs Mrs. Ms Ms. Miss Dame Lady Queen Princess Congresswoman Spokeswoman Chairwoman Sister
  Mother Madam Madame Duchess Baroness
`);

export type Gender = "m" | "f";

export const genderOfTitle = (word: string): Gender | null =>
  MALE_TITLES.has(word) ? "m" : FEMALE_TITLES.has(word) ? "f" : null;

export const genderOfGivenName = (word: string): Gender | null =>
  MALE.has(word) ? "m" : FEMALE.has(word) ? "f" : null;

const MALE_NOUN =
  /\b(?:man|men|spokesman|chairman|boy|father|brother|son|husband|king|prince|congressman|businessman)\b/i;
const FEMALE_NOUN =
  /\b(?:woman|women|spokeswoman|chairwoman|girl|mother|sister|daughter|wife|widow|queen|princess|congresswoman|businesswoman)\b/i;

/** Gender said by a descriptor ("a police spokeswoman"). */
export const genderOfNoun = (phrase: string): Gender | null =>
  MALE_NOUN.test(phrase) ? "m" : FEMALE_NOUN.test(phrase) ? "f" : null;
