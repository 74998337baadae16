// Invented articles for the extraction tests. Every person, place, outlet and event here is
// fictional; none of it comes from the shared corpus.

export const HARBOUR = `Harbour strike in Velmora enters second week

The dockworkers' union in Velmora said on Tuesday that the strike would continue until wages rise. "We are not going anywhere," said union leader Tomas Brenneke, who has led the walkout since March. "Our members have waited long enough."

Port authority spokeswoman Ilse Varga disputed the figures. “Fewer than 200 workers have walked out," she told the Velmora Courier. 'The port remains open,' she added.

The union said at least 450 members had joined the strike. According to the Velmora Courier, about 300 workers were picketing on Monday.

"The cranes have been idle for nine days.

"Every ship that turns away costs the city money," Brenneke said.

A senior port official, speaking on condition of anonymity, said the authority was preparing emergency contracts. Officials said two workers were injured in a scuffle, a claim that could not be independently verified.

Economist Dr. Hana Soltys of the Baltic Policy Institute called the strike "a warning shot." The analyst said the dispute could spread to other ports.`;

export const BORDER = `Rebels claim raid on Arvanian border post

The Northwind Alliance said in a statement that its fighters had destroyed a border post near Kessa and killed 12 soldiers. The group said it lost two of its own men.

The defence ministry of Arvania denied the claim. “No post was destroyed and no soldier was killed,” ministry spokesman Col. Piet Anders told reporters. He said the rebels were “spreading fantasies.” “We will publish the casualty lists,” the spokesman said.

Analysts say the Northwind Alliance is backed by the neighbouring state of Dravia, which has repeatedly denied arming the group. Dravia’s foreign minister, Lena Kosk, said last month: “We have no ties to any armed group in Arvania.” The Dravian government denied that it had supplied weapons to the rebels.

Eleven civilians were reportedly killed in the fighting, according to a local monitoring group. It is unclear who was responsible.

“This is a dangerous escalation,” said Marta Bell of the Institute for Conflict Studies. “Both sides have an interest in exaggerating.”`;

export const BORDER_FOLLOW_UP = `The Arvanian army said 14 soldiers were wounded and that no soldier was killed. Rebel commanders insisted that at least 20 soldiers were killed.`;

export const FLOOD = `Engineer Priya Castellan, who inspected the barrier last year, said: "The barrier was never finished." She added that the council "ignored every warning."

“Don’t call it a ‘natural disaster’,” Castellan said. “It was a failure of maintenance, and the council’s own report says so.”

The Marrowgate Council said in a statement that repairs would begin on Monday. "We regret the disruption," the council said. "Crews are on site."

Its chief executive, Ros Delaney, told the Marrowgate Post that the barrier had "performed as designed" and that critics were "misinformed".`;

export const NAVY = `Fleet Command added, “The patrol was routine and lawful. We do not seek confrontation.”

“We are watching the strait closely,” said Adm. Karel “Storm” Voss, commander of the Southern Fleet. “Our crews are ready.”

Navy spokesperson Cmdr. Anya Petrov said in a statement that two patrol boats had been damaged. The ministry’s Oren Halvard wrote that the convoy had “strayed” into closed waters.

One senior naval official told the Harbor Ledger that the Kestrel Brigade is responsible for and directing the attacks on shipping, a claim the brigade denied.

“There is no evidence of that,” Petrov said. “None at all,” she noted.

According to Sofia Lindqvist of the Northern Times, the convoy had turned back twice since June. The convoy was later seen near Orsk, reports Jan Mertens of Coast Radio.`;

export const SCARE = `The so-called “Iron Lady” of the ministry approved what officials call a “final plan”. Critics mocked the ‘reform’ as the ‘Friday fix’ in a string of posts.

Residents of the Carrow district’s old quarter say the workers’ union hasn’t been consulted. The contractors’ vans didn’t arrive until ’09 rules changed.`;

export const SPEAKERS = `Detective Mara Quill, who led the inquiry, said the files had been altered. "Someone went to great lengths," Quill said. "We found three copies."

"I cannot comment on an open case," the detective added.

The Orlen Group said the allegations were baseless, adding that it would sue the newspaper. "We cooperate fully," the group said.

“It is a disgrace,” Councillor Ben Ashdown said of the delay. “Voters deserve answers,” he added.`;

export const ALL_FIXTURES = [HARBOUR, BORDER, BORDER_FOLLOW_UP, FLOOD, NAVY, SCARE, SPEAKERS];
