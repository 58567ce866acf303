from common import *  # part es: written blind

# ---------------------------------------------------------------- requests

add("es-01-acceso-art15-formal",
    "María José García Fernández <mjgarcia.fernandez@telefonica.example>",
    "Ejercicio del derecho de acceso (art. 15 RGPD)",
    """Muy señores míos:

Dña. María José García Fernández, mayor de edad, con DNI 50.123.456-K y domicilio en
C/ Alcalá 214, 3º B, 28028 Madrid, titular de la tarjeta Acme Miles nº 5820 3311 07, por
medio del presente escrito ejerzo el derecho de acceso previsto en el artículo 15 del
Reglamento (UE) 2016/679 y en el artículo 13 de la LOPDGDD.

SOLICITO que se me facilite, en el plazo de un mes, una relación completa de los datos
personales que sobre mi persona constan en sus ficheros, incluyendo historial de vuelos,
reservas, preferencias y grabaciones de llamadas, así como los fines del tratamiento.

Adjunto copia de mi DNI.

En Madrid, a 14 de noviembre de 2026.

Fdo.: María José García Fernández
""",
    R(["Access"], "mjgarcia.fernandez@telefonica.example", "María José", "García Fernández"))

add("es-02-borren-cuenta-ya",
    "lupita.hdz88@correo.example",
    "cuenta",
    "quiero q borren mi cuenta de la app de comida ya no la uso\n\nEnviado desde mi Samsung Galaxy\n",
    R(["Erasure"], "lupita.hdz88@correo.example"))

add("es-03-basta-de-sms-promo",
    "Santiago Benítez <santi.benitez@fibertel.example>",
    "Basta de SMS con promos",
    """Hola, qué tal.

Les escribo porque me están llegando SMS con promociones de Acme Eats casi todos los días,
a veces a las 11 de la noche. Ojo, no quiero darme de baja de la app, la uso y me sirve.
Lo que quiero es que dejen de mandarme publicidad por SMS y por mail. Nada más.

Gracias, saludos desde Buenos Aires.
Santiago Benítez
""",
    R(["Opposition"], "santi.benitez@fibertel.example", "Santiago", "Benítez"))

add("es-04-apellidos-mal-escritos",
    "Iñaki Ibáñez Zubiaurre <inaki.ibanez@euskalnet.example>",
    "Error en mis apellidos – tarjeta de viajero frecuente",
    """Buenos días:

En mi cuenta de Acme Miles aparezco como "Inaki Ibanez", sin tildes ni eñe y sin mi segundo
apellido. En el pasaporte figura IBÁÑEZ ZUBIAURRE, Iñaki. En el último viaje a México me
pusieron problemas en el mostrador porque el nombre de la reserva no coincidía.

Les ruego que modifiquen mis datos para que consten tal y como aparecen en el pasaporte.

Un saludo,
Iñaki Ibáñez Zubiaurre
Bilbao
""",
    R(["Rectification"], "inaki.ibanez@euskalnet.example", "Iñaki", "Ibáñez Zubiaurre"))

add("es-05-que-tienen-y-luego-borrar",
    "Camila Rojas Valdivia <camila.rojasv@vtr.example>",
    "Mis datos personales",
    """Hola:

Viajé con ustedes varias veces entre Santiago y Madrid y me inscribí en el programa de
millas. Ahora quiero saber exactamente qué información mía tienen guardada (pasaporte,
teléfonos, tarjetas, todo) y que me la envíen.

Una vez que me la manden, les pido que eliminen todo lo que tengan de mí y den de baja mi
cuenta. No pienso volver a volar con ustedes.

Saludos,
Camila Rojas Valdivia
""",
    R(["Access", "Erasure"], "camila.rojasv@vtr.example", "Camila", "Rojas Valdivia"))

add("es-06-rider-ubicacion-fuera-turno",
    "Yeferson Castaño Restrepo <yefer.castano@gmail.example>",
    "Geolocalización fuera del turno",
    """Buenas,

Soy repartidor de Acme Eats en Madrid (ID rider MAD-55107). Me he dado cuenta de que la app
de repartidores sigue cogiendo mi ubicación cuando termino el turno y me desconecto, incluso
en casa. Me opongo a que me geolocalicen fuera de mi horario de trabajo, eso es mi vida
privada.

Además quisiera saber cuánto tiempo guardan los datos de ubicación de los riders y a quién
se los pasan (restaurantes, aseguradora, la policía...).

Un saludo
Yeferson Castaño Restrepo
Tel. 611 555 298
""",
    R(["Opposition", "Information"], "yefer.castano@gmail.example", "Yeferson", "Castaño Restrepo"))

add("es-07-rider-desactivado-algoritmo",
    "Wilmer Quispe Mamani <wilmer.quispe@hotmail.example>",
    "Me desactivaron la cuenta de repartidor sin explicación",
    """Señores de Acme Eats:

El lunes la app me desactivó la cuenta de repartidor con un mensaje automático que dice
"baja tasa de aceptación". Nadie me llamó, nadie me preguntó nada. Esa semana tenía la moto
en el taller y por eso rechacé pedidos lejanos.

No acepto que una máquina decida que me quedo sin trabajo. Pido que una persona de verdad
revise mi caso, que me expliquen con qué criterios se tomó la decisión y poder dar mi
versión.

Wilmer Quispe Mamani
Rider VLC-20874
""",
    R(["AutomatedDecision"], "wilmer.quispe@hotmail.example", "Wilmer", "Quispe Mamani"))

add("es-08-historial-vuelos-formato",
    "Álvaro de la Fuente Ortiz <alvaro.delafuente@ono.example>",
    "Solicitud de portabilidad",
    """Estimados señores:

Por motivos profesionales voy a pasar a viajar con otra aerolínea y desearía llevarme mi
historial de vuelos, segmentos y millas acumuladas en Acme Miles. ¿Podrían remitírmelo en un
formato estructurado y legible por máquina (CSV, XML o JSON)? Si fuese posible enviarlo
directamente al programa de fidelización de la otra compañía, mejor todavía.

Atentamente,
Álvaro de la Fuente Ortiz
Director Financiero
Valencia
""",
    R(["Portability"], "alvaro.delafuente@ono.example", "Álvaro", "de la Fuente Ortiz"))

add("es-09-silla-ruedas-quien-ve",
    "Rosario Velázquez Moreno <rosario.velazquez@yahoo.example>",
    "Asistencia especial – ¿quién ve mis datos médicos?",
    """Hola,

Cuando reservé mi vuelo Sevilla–Tenerife pedí asistencia en silla de ruedas y tuve que
indicar que llevo un concentrador de oxígeno y mi diagnóstico (EPOC). Quisiera saber quién
tiene acceso a esa información: ¿el aeropuerto, la empresa de asistencia, la tripulación?
¿Y durante cuánto tiempo la conservan después del vuelo?

Muchas gracias,
Rosario Velázquez Moreno
""",
    R(["Information"], "rosario.velazquez@yahoo.example", "Rosario", "Velázquez Moreno"))

add("es-10-html-baja-listas",
    "Nuria Puig i Soler <nuria.puig@xtec.example>",
    "Baixa / Baja de comunicaciones",
    html("Buenas tardes,",
         "les pido que me quiten de todas sus listas de env&iacute;o: boletines, ofertas de "
         "vuelos, encuestas y promociones de restaurantes. Lo he intentado con el enlace "
         "&laquo;darse de baja&raquo; pero sigo recibiendo correos.",
         "Gr&agrave;cies / Gracias,<br>Nuria Puig i Soler<br>Girona"),
    R(["Opposition"], "nuria.puig@xtec.example", "Nuria", "Puig i Soler"),
    ct=HTML)

add("es-11-latin1-limitacion-reclamacion",
    "Ramón Echeverría Goñi <ramon.echeverria@navarra.example>",
    "Cargo por no presentación - reclamación en curso",
    """Buenos días:

Me han cobrado 180 EUR por "no presentación" en el vuelo Pamplona-Madrid del 3 de octubre,
vuelo que ustedes mismos cancelaron. He presentado una reclamación ante la Agencia Estatal
de Seguridad Aérea.

Mientras se resuelve, solicito que mis datos relativos a esa reserva y al supuesto impago se
conserven pero no se utilicen para nada más: ni para gestiones de cobro, ni para cederlos a
empresas de recobro, ni para marcar mi cuenta. Les ruego confirmación por escrito.

Atentamente,
Ramón Echeverría Goñi
""",
    R(["Restriction"], "ramon.echeverria@navarra.example", "Ramón", "Echeverría Goñi"),
    ct=LATIN1, encode="latin-1")

add("es-12-abogada-cliente",
    "Beatriz Olmedo Sanz <bolmedo@olmedo-abogados.example>",
    "Ejercicio de derechos en nombre de D. Joaquín Prieto Calvo",
    """Muy Sres. míos:

Me dirijo a ustedes en nombre y representación de D. Joaquín Prieto Calvo, con DNI
12.345.678-Z, según poder que se acompaña, en relación con el incidente de overbooking del
vuelo AC 7702 Madrid–Lima del 19 de septiembre de 2026.

En su nombre solicito: (i) que se nos remita copia de todos los datos personales de mi
representado que obren en poder de su compañía, incluidas notas internas y comunicaciones;
y (ii) que se nos indique a qué terceros (agencias, aeropuertos, aseguradoras) se han
comunicado dichos datos y con qué finalidad.

Quedo a la espera de su respuesta en el plazo legal.

Atentamente,

Beatriz Olmedo Sanz
Abogada – Colegiada nº 84.217 ICAM
Olmedo Abogados, C/ Serrano 88, 28006 Madrid

AVISO LEGAL: Este mensaje y sus anexos son confidenciales y están dirigidos exclusivamente a
su destinatario.
""",
    R(["Access", "Information"], "bolmedo@olmedo-abogados.example", "Joaquín", "Prieto Calvo",
      representative="Beatriz Olmedo Sanz"))

add("es-13-padre-hijo-menor",
    "Ricardo Torres Ibarra <ricardo.torres.ibarra@prodigy.example>",
    "Cuenta de mi hijo menor de edad",
    """Buen día,

Mi hijo Emiliano Torres Aguilar tiene 14 años y abrió una cuenta en su app de comida a
domicilio sin nuestro permiso, con su correo y su celular. Como su padre y tutor legal
les pido que eliminen esa cuenta y toda la información de mi hijo que tengan.

Puedo mandarles el acta de nacimiento y mi INE si lo necesitan.

Saludos cordiales,
Ricardo Torres Ibarra
Guadalajara, Jal.
""",
    R(["Erasure"], "ricardo.torres.ibarra@prodigy.example", "Emiliano", "Torres Aguilar",
      representative="Ricardo Torres Ibarra"))

add("es-14-reenvio-companera",
    "Lucía Marín <lucia.marin@acme-corp.example>",
    "RV: baja y eliminación",
    """Hola equipo de privacidad:

Os reenvío este correo que llegó al buzón de atención al cliente. Creo que os corresponde
a vosotros.

Un saludo,
Lucía Marín
Atención al Cliente – Madrid

-----Mensaje original-----
De: Xiomara Cárdenas <xiomara.cardenas@une.example>
Enviado el: domingo, 15 de noviembre de 2026 19:40
Para: atencion@acme-corp.example
Asunto: baja y eliminación

Buenas noches, quiero que borren mi cuenta y mis datos de Acme Eats y que no me vuelvan a
escribir ni a llamar con ofertas. Gracias.
Xiomara Cárdenas
""",
    R(["Erasure", "Opposition"], "xiomara.cardenas@une.example", "Xiomara", "Cárdenas"))

add("es-15-adjunto-de-donde-sacaron",
    "Pablo Serrano <pablo.serrano@acme-corp.example>",
    "RV: ¿De dónde sacaron mis datos?",
    "",
    R(["Information"], "hvillalobos@cantv.example", "Héctor", "Villalobos"),
    attached=("Héctor Villalobos <hvillalobos@cantv.example>", "¿De dónde sacaron mis datos?",
              """Buenas tardes:

Recibí un correo de ustedes ofreciéndome un descuento en vuelos a Caracas, pero yo nunca me
registré en su programa. ¿Me pueden decir de dónde obtuvieron mi dirección de correo y mi
nombre, y con quién los comparten?

Atte.
Héctor Villalobos
"""),
    note="""Hola,

Os adjunto el mensaje de un cliente que pregunta por el origen de sus datos. No sé qué
responderle, ¿lo lleváis vosotros?

Gracias,
Pablo Serrano
Marketing CRM
""")

add("es-16-mayusculas-no-autorizo",
    "Dolores Carrasco <dolores.carrasco@terra.example>",
    "NO AUTORIZO",
    """NO AUTORIZO A SU EMPRESA A USAR MIS DATOS PARA PUBLICIDAD NI PARA LLAMARME. YA LO DIJE
POR TELEFONO Y SIGUEN LLAMANDO. QUE SEA LA ULTIMA VEZ.

DOLORES CARRASCO
""",
    R(["Opposition"], "dolores.carrasco@terra.example", "Dolores", "Carrasco"))

add("es-17-sin-puntuacion-que-tienen",
    "jhonatan.pc.1999@hotmail.example",
    "hola",
    """hola kiero saber q datos mios tienen ustedes porq me llegan correos de su app y yo no me
acuerdo haberme registrado mandenme todo lo q tengan gracias
jhonatan
""",
    R(["Access"], "jhonatan.pc.1999@hotmail.example", "Jhonatan"))

add("es-18-historia-larga-maleta",
    "Marta Llorente Vidal <marta.llorente@gmail.example>",
    "Reclamación maleta perdida y trato recibido",
    """Estimados señores:

Les escribo indignada. El pasado 2 de agosto volé de Barcelona a Roma con ustedes para la
boda de mi hermana. Mi maleta, con el vestido de la ceremonia y los regalos, no apareció en
la cinta. Hice el parte de irregularidad (FCO AC 31904) y me dijeron que la tendría en el
hotel en 24 horas.

Pasaron cinco días. Llamé a su centro de atención once veces. Una de las operadoras me dijo
textualmente que "la maleta estaba en Barcelona", otra que "estaba en Roma" y un tercero que
"no constaba ningún parte". Tuve que comprar un vestido de urgencia (420 euros).

Por todo ello, y para poder demostrarlo ante consumo, quiero que me faciliten toda la
información que tengan registrada sobre mí en relación con este expediente, incluidas las
notas de los agentes y las grabaciones de mis llamadas.

La maleta llegó el día 8, abierta y sin los regalos. Exijo además la indemnización
correspondiente, cosa que ya he reclamado por el formulario web sin respuesta.

Quedo a la espera.
Marta Llorente Vidal
""",
    R(["Access"], "marta.llorente@gmail.example", "Marta", "Llorente Vidal"))

add("es-19-pedido-no-llego",
    "Fernanda Ríos <fer.rios@movistar.example>",
    "Pedido no entregado",
    """Hola, hice un pedido anoche (nº 88231-MX) y nunca llegó, pero sí me lo cobraron.
¿Me pueden hacer el reembolso? Gracias.

Fernanda Ríos
Enviado desde mi iPhone
""",
    R(["Unknown"], "fer.rios@movistar.example", "Fernanda", "Ríos"))

add("es-20-instrucciones-fallecimiento",
    "Eulalia Ferrer Bosch <eulalia.ferrer@vodafone.example>",
    "Instrucciones sobre mis datos tras mi fallecimiento",
    """Buenas tardes:

Tengo 81 años y estoy preparando mi testamento. Mi notario me ha comentado que la ley permite
dejar instrucciones sobre qué debe hacerse con los datos personales de una persona después de
su muerte.

Quisiera saber cómo puedo dejar indicado a su empresa que, cuando yo fallezca, mi sobrina
Mercè pueda pedir que se cierre mi cuenta de viajera frecuente y que no se conserven mis
datos. ¿Tienen algún formulario?

Muy agradecida,
Eulalia Ferrer Bosch
Palma de Mallorca
""",
    R(["AdvanceDirectives"], "eulalia.ferrer@vodafone.example", "Eulalia", "Ferrer Bosch"))

add("es-21-correo-familiar-telefono",
    "Familia Gómez Paredes <familiagomez@correo.example>",
    "Cambio de teléfono en mi perfil",
    """Hola,

en mi perfil de Acme Miles sigue apareciendo mi número antiguo (+34 622 555 100), que ya no
es mío, y los avisos de puerta de embarque le llegan a otra persona. El correcto es
+34 633 555 471. Por favor, actualícenlo.

Respondan a mi correo personal, este es el de la familia.

Andrea Gómez Paredes
""",
    R(["Rectification"], "andrea.gomez.paredes@correo.example", "Andrea", "Gómez Paredes"),
    headers=["Reply-To: andrea.gomez.paredes@correo.example"])

add("es-22-pago-plazos-rechazado",
    "Matías Contreras Lagos <matias.contreras@entel.example>",
    "Rechazo automático del pago en cuotas",
    """Estimados:

Al intentar comprar pasajes Santiago–Madrid para mi familia, su web rechazó el pago en cuotas
con el mensaje "no cumple los criterios de evaluación". Nadie revisó mi solicitud, fue
inmediato. Tengo buen historial y no entiendo la decisión.

Solicito que una persona revise esta decisión y me explique la lógica aplicada. Quiero
también recibir los datos personales míos que utilizaron para evaluarme.

Saludos,
Matías Contreras Lagos
""",
    R(["AutomatedDecision", "Access"], "matias.contreras@entel.example", "Matías", "Contreras Lagos"))

add("es-23-spanglish-exportar-borrar",
    "Paola Sánchez <paola.sanchez305@bellsouth.example>",
    "data export + delete account / exportar y borrar",
    """Hi, hola,

I moved to Miami and I'm not using Acme Eats anymore. Necesito que me manden mi historial de
pedidos y direcciones en un archivo que pueda abrir en Excel (CSV is fine) para pasarlo a
otra app. After that please delete my account y todos mis datos.

Thanks / gracias!
Paola Sánchez
""",
    R(["Portability", "Erasure"], "paola.sanchez305@bellsouth.example", "Paola", "Sánchez"))

add("es-24-cp1252-conservacion-tarjeta",
    "Jordi Casals Pujol <jordi.casals@orange.example>",
    "¿Cuánto tiempo guardan mis datos?",
    """Buenos días:

Uso su app de comida desde 2021 y habré gastado unos 900 € en pedidos. Tengo varias dudas:

– ¿Cuánto tiempo conservan el historial de pedidos y las direcciones de entrega?
– ¿Guardan los datos de mi tarjeta o solo el proveedor de pagos?
– ¿Los restaurantes ven mi teléfono y mi dirección después de la entrega?

No quiero borrar nada, solo saber qué hacen con la información…

Gracias,
Jordi Casals Pujol
""",
    R(["Information"], "jordi.casals@orange.example", "Jordi", "Casals Pujol"),
    ct=CP1252, encode="cp1252")

add("es-25-encuestas-telefono",
    "Gonzalo Herrera <gonzalo.herrera@claro.example>",
    "Llamadas de encuestas de satisfacción",
    """Buenas,

Después de cada pedido me llama un número de Bogotá para "una breve encuesta de
satisfacción". No quiero recibir más esas llamadas. Y de paso, borren mi número de teléfono
de su sistema, para los pedidos me basta con el correo.

Gonzalo Herrera
""",
    R(["Opposition", "Erasure"], "gonzalo.herrera@claro.example", "Gonzalo", "Herrera"))

# ---------------------------------------------------------------- tasks

add("es-26-contrato-encargado-callcenter",
    "Sergio Navarro <sergio.navarro@acme-corp.example>",
    "Revisión contrato de encargado – nuevo call center Bogotá",
    """Hola equipo de Protección de Datos:

A partir de febrero vamos a externalizar parte de la atención telefónica de Acme Miles a un
proveedor en Bogotá (ContactaPlus S.A.S.). Nos han enviado su borrador de contrato de
encargado del tratamiento y el anexo de medidas de seguridad.

¿Podéis revisarlo antes del 4 de diciembre? Entiendo que al ser fuera de la UE hará falta
algo sobre transferencias internacionales.

Gracias,
Sergio Navarro
Procurement Manager – Customer Services
""",
    TASK("sergio.navarro@acme-corp.example", "Sergio", "Navarro"))

add("es-27-eipd-reconocimiento-facial",
    "Montserrat Vila <montserrat.vila@acme-corp.example>",
    "EIPD embarque biométrico BCN",
    """Bon dia / Buenos días,

El aeropuerto de Barcelona nos propone participar en la prueba de embarque con
reconocimiento facial a partir de marzo. Legal nos dice que antes hay que hacer una
evaluación de impacto. ¿Nos podéis ayudar a prepararla? Os paso la documentación técnica
del proveedor.

Salutacions,
Montserrat Vila
Airport Operations Manager BCN
Tel. +34 93 555 61 20
""",
    TASK("montserrat.vila@acme-corp.example", "Montserrat", "Vila"))

add("es-28-registro-actividades-hoteles",
    "Raúl Domínguez <raul.dominguez@acme-corp.example>",
    "Alta de tratamiento en el registro – socio hotelero",
    """Buenas,

Hemos firmado con una cadena hotelera para que los socios de Acme Miles acumulen millas en
sus estancias. Nosotros les pasaremos nº de socio y nombre, ellos nos devuelven las noches.
¿Hay que dar de alta esto en el registro de actividades de tratamiento? Si es así, decidme
qué información necesitáis.

Raúl Domínguez
Loyalty Partnerships
""",
    TASK("raul.dominguez@acme-corp.example", "Raúl", "Domínguez"))

add("es-29-formacion-equipo-riders",
    "Daniela Fuentes <daniela.fuentes@acme-corp.example>",
    "Capacitación en privacidad para el equipo de operaciones de repartidores",
    """Hola, ¿cómo están?

Desde la oficina de Ciudad de México queremos organizar una capacitación para el equipo que
gestiona a los repartidores (unas 25 personas): qué datos pueden consultar, cómo responder
cuando un repartidor pide información, uso de la ubicación, etc.

¿Podrían darla ustedes en enero? Nos adaptamos al horario de Madrid.

Saludos,
Daniela Fuentes
Gerente de Operaciones de Flota – México
""",
    TASK("daniela.fuentes@acme-corp.example", "Daniela", "Fuentes"))

# ---------------------------------------------------------------- incidents

add("es-30-movil-perdido-whatsapp",
    "Ignacio Bravo <ignacio.bravo@acme-corp.example>",
    "He perdido el móvil de empresa",
    """Hola,

Anoche perdí el móvil de empresa en un taxi en Málaga. En el WhatsApp tengo el grupo de
coordinación de asistencias especiales del aeropuerto, con fotos de listados de pasajeros
(nombres, números de vuelo, tipo de asistencia). El móvil tiene PIN de 4 cifras.

Ya he avisado a IT para que lo borren en remoto pero no sé si ha llegado a conectarse.

Ignacio Bravo
Supervisor de Escala AGP
""",
    INC("ignacio.bravo@acme-corp.example", "Ignacio", "Bravo"))

add("es-31-recibi-tarjeta-embarque-ajena",
    "Teresa Alonso <teresa.alonso@ya.example>",
    "Me ha llegado la tarjeta de embarque de otra persona",
    """Hola,

Hoy he recibido en mi correo la tarjeta de embarque y el recibo de un pasajero que no
conozco (vuelo Madrid–Bogotá de mañana), con su número de pasaporte y su fecha de nacimiento.
Supongo que alguien se equivocó al escribir el correo. Se lo comunico por si tienen que
avisarle. Yo lo he borrado.

Un saludo,
Teresa Alonso
""",
    INC("teresa.alonso@ya.example", "Teresa", "Alonso"))

add("es-32-restaurante-ve-clientes",
    "Manuel Ortega - Restaurante El Fogón <elfogon.sevilla@hosteleria.example>",
    "En la tablet vemos pedidos de otros restaurantes",
    """Buenas tardes,

Soy el dueño del Restaurante El Fogón (Sevilla), socio de Acme Eats. Desde esta mañana en la
tablet de pedidos nos aparecen pedidos que no son nuestros, de otros restaurantes de la zona,
con el nombre completo del cliente, el teléfono y la dirección de entrega. No creo que
debamos ver eso. Lo aviso para que lo arreglen.

Manuel Ortega
""",
    INC("elfogon.sevilla@hosteleria.example", "Manuel", "Ortega"))

add("es-33-envio-en-copia-visible",
    "Verónica Sáez <veronica.saez@acme-corp.example>",
    "Error en envío masivo – direcciones visibles",
    """Hola,

Tengo que reportar un error. Esta mañana envié desde Outlook un aviso de cambio de horario
a los 312 pasajeros del vuelo AC 6614 Madrid–Cancún y puse las direcciones en "CC" en vez de
"CCO". Todos los pasajeros ven los correos de los demás. Ya me han contestado dos quejándose.

¿Qué hago ahora? ¿Mando un correo pidiendo que lo borren?

Verónica Sáez
Customer Communications
""",
    INC("veronica.saez@acme-corp.example", "Verónica", "Sáez"))

# ---------------------------------------------------------------- follow-ups

add("es-34-dsr-plazo-vencido",
    "Alejandro Ruiz Olmos <alejandro.ruizolmos@jazztel.example>",
    "RE: [DSR-31552] Solicitud de acceso recibida",
    """Buenos días:

Hace ya más de un mes que recibí este acuse y todavía no tengo respuesta. Les recuerdo que
el plazo legal ha vencido. Si no recibo la información esta semana presentaré una
reclamación ante la AEPD.

Alejandro Ruiz Olmos

> Estimado/a cliente:
> Hemos recibido su solicitud, registrada con la referencia DSR-31552.
> Le responderemos en el plazo máximo de un mes.
""",
    FU("31552", "alejandro.ruizolmos@jazztel.example", "Alejandro", "Ruiz Olmos"))

add("es-35-dsr-envio-dni",
    "Pilar Medina <pilar.medina@gmail.example>",
    "Re: [DSR-31890] Verificación de identidad",
    """Hola, les adjunto la foto del DNI por las dos caras como me pidieron. Un saludo.
Pilar Medina

Enviado desde Outlook para Android
""",
    FU("31890", "pilar.medina@gmail.example", "Pilar", "Medina"))

add("es-36-novedades-camila",
    "Camila Rojas Valdivia <camila.rojasv@vtr.example>",
    "Re: Mis datos personales",
    """Hola, ¿hay novedades con lo que les pedí? Han pasado tres semanas y no me ha llegado nada.

Camila
""",
    FU(ref("es-05-que-tienen-y-luego-borrar"), "camila.rojasv@vtr.example", "Camila", "Rojas Valdivia"),
    headers=irt("es-05-que-tienen-y-luego-borrar"))

# ---------------------------------------------------------------- ignored

add("es-37-phishing-millas-eliminadas",
    "Acme Miles <avisos@acmemiles-seguridad.example>",
    "Aviso RGPD: sus millas y datos serán eliminados",
    """Estimado socio:

Conforme al Reglamento General de Protección de Datos, su cuenta de Acme Miles será
eliminada junto con todas sus millas en 48 horas por falta de verificación.

Para conservar sus datos y millas, verifique su identidad y tarjeta aquí:
https://acmemiles-seguridad.example/verificar

Departamento de Protección de Datos
""",
    IGN("spam", "avisos@acmemiles-seguridad.example"),
    headers=SPAM_HDR)

add("es-38-seo-posicionamiento",
    "Carlos | Agencia SEO <carlos@posicionate-ya.example>",
    "Propuesta: primera página de Google + adaptación RGPD",
    """Hola equipo,

He analizado la web de su empresa y he detectado 37 errores de SEO que les hacen perder
clientes. Además su política de cookies no cumple el RGPD, lo que puede suponer multas.

Les ofrezco posicionamiento en primera página en 30 días y adaptación completa al RGPD
(textos legales, borrado de datos, banner de cookies) por solo 299 €/mes.

¿Le llamo mañana?

Carlos
Consultor SEO
""",
    IGN("spam", "carlos@posicionate-ya.example"),
    headers=[AUTH(spf="softfail", dkim="fail", dmarc="fail", dom="posicionate-ya.example")])

add("es-39-herencia-fondos",
    "Sra. Grace Mbeki <grace.mbeki.fund@privatebank-int.example>",
    "Urgente: fondo pendiente a su nombre",
    """Querido beneficiario:

Soy la Sra. Grace Mbeki, directora de operaciones. Tenemos un fondo de 4,7 millones de
dólares no reclamado a nombre de un cliente fallecido sin familiares. Puedo transferirlo a su
cuenta si me envía sus datos bancarios y una copia de su pasaporte. Sus datos personales serán
protegidos y borrados al terminar la operación.

Responda con total discreción.
Sra. Grace Mbeki
""",
    IGN("spam", "grace.mbeki.fund@privatebank-int.example"))

add("es-40-acuse-ticket-otro-sistema",
    "Soporte Viajes Corporativos <soporte@viajescorp.example>",
    "[Caso #88231] Hemos recibido su mensaje",
    """Hola,

Gracias por contactar con el soporte de Viajes Corporativos. Su mensaje ha sido registrado
con el número de caso #88231. Uno de nuestros agentes le responderá en un plazo de 48 horas
laborables.

Por favor, no responda a este correo automático.

Equipo de Soporte
""",
    IGN("auto_reply", "soporte@viajescorp.example"),
    headers=["Auto-Submitted: auto-generated", "X-Autoreply: yes"])

add("es-41-boletin-turismo",
    "Boletín Turismo Hoy <boletin@turismohoy.example>",
    "Turismo Hoy | Las aerolíneas y la protección de datos de los pasajeros",
    """TURISMO HOY – Boletín semanal nº 412

- Las aerolíneas europeas refuerzan la protección de datos de los pasajeros
- Nuevas rutas a Latinoamérica para el verano 2027
- Entrevista: el futuro del reparto de comida a domicilio

Leer más: https://turismohoy.example/boletin/412

Recibe este boletín porque está suscrito. Darse de baja: https://turismohoy.example/baja
""",
    IGN("bulk", "boletin@turismohoy.example"),
    headers=["List-Id: Turismo Hoy <boletin.turismohoy.example>",
             "List-Unsubscribe: <mailto:baja@turismohoy.example>",
             "Precedence: bulk"])

add("es-42-rebote-entrega",
    "Mail Delivery Subsystem <mailer-daemon@mx.acme-corp.example>",
    "Delivery Status Notification (Failure)",
    "",
    IGN("bounce", "mailer-daemon@mx.acme-corp.example"),
    dsn=True)
